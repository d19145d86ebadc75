using System.Globalization;
using System.Text;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Folds text to the form search keys are stored in: lower case, no diacritics, only a-z, 0-9 and single spaces.
/// "Müller" and "muller" both become "muller"; "'t Hart" becomes "t hart". Keys are plain ASCII, so a prefix
/// range compares the same way in SQLite (binary) and PostgreSQL (the column uses the "C" collation).
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = FoldLetter(char.ToLowerInvariant(c));
            if (folded is null)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }

    /// <summary>The smallest string greater than every string that starts with <paramref name="prefix"/>.</summary>
    public static string UpperBound(string prefix)
    {
        if (prefix.Length == 0)
        {
            throw new ArgumentException("An empty prefix has no upper bound.", nameof(prefix));
        }

        return prefix[..^1] + (char)(prefix[^1] + 1);
    }

    private static string? FoldLetter(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ĳ' => "ij",
        _ => null,
    };
}
