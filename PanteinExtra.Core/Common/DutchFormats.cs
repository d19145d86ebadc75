using System.Text.RegularExpressions;

namespace PanteinExtra.Core.Common;

/// <summary>Dutch postcodes, phone numbers and e-mail addresses: recognising, normalising and validating them.</summary>
public static partial class DutchFormats
{
    /// <summary>"1234 ab", "1234AB" and " 1234ab " all become "1234AB"; anything else null.</summary>
    public static string? NormalisePostcode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = PostcodePattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var letters = match.Groups[2].Value.ToUpperInvariant();
        // PostNL does not use SA, SD and SS.
        return letters is "SA" or "SD" or "SS" ? null : match.Groups[1].Value + letters;
    }

    /// <summary>
    /// One canonical form per number: Dutch numbers as ten digits starting with 0 ("06-12 34 56 78",
    /// "+31 6 12345678", "0031612345678" all become "0612345678"); foreign numbers as "+" and digits.
    /// Null when the text holds no plausible phone number.
    /// </summary>
    public static string? CanonicalPhone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (PhoneCharacters().IsMatch(trimmed) is false)
        {
            return null;
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        var international = trimmed.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (international || (digits.StartsWith("31", StringComparison.Ordinal) && digits.Length == 11))
        {
            if (digits.StartsWith("31", StringComparison.Ordinal))
            {
                // "+31 (0)6 ..." carries a spare trunk zero.
                var national = digits[2..].TrimStart('0');
                return national.Length == 9 ? "0" + national : null;
            }

            return digits.Length is >= 8 and <= 15 ? "+" + digits : null;
        }

        return digits.Length == 10 && digits[0] == '0' && digits[1] != '0' ? digits : null;
    }

    /// <summary>How a phone number is kept: canonical, in its readable notation; null when blank or not a number.</summary>
    public static string? StoredPhone(string? text) => CanonicalPhone(text) is { } canonical ? DisplayPhone(canonical) : null;

    /// <summary>
    /// The phone as an edit leaves it: the same number keeps the notation it was stored in ("0475-473543" stays so,
    /// even typed as "0475 473543"); another number is stored in the standard notation.
    /// </summary>
    public static string? EditedPhone(string? stored, string? typed) =>
        CanonicalPhone(stored) is { } before && before == CanonicalPhone(typed) ? stored : StoredPhone(typed);

    /// <summary>A readable Dutch notation of a canonical number: mobile "06-12345678", otherwise as stored.</summary>
    public static string DisplayPhone(string canonical) =>
        canonical.Length == 10 && canonical.StartsWith("06", StringComparison.Ordinal) ? $"06-{canonical[2..]}" : canonical;

    public static string? NormaliseEmail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().ToLowerInvariant();
        return EmailPattern().IsMatch(trimmed) ? trimmed : null;
    }

    /// <summary>"a", "-A", " bis " become "A", "BIS"; letters and digits only, at most four.</summary>
    public static string? NormaliseAddition(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = new string(text.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return cleaned.Length is >= 1 and <= 4 ? cleaned : null;
    }

    [GeneratedRegex(@"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-./]{8,24}$")]
    private static partial Regex PhoneCharacters();

    [GeneratedRegex(@"^[a-z0-9._%+\-']+@[a-z0-9\-]+(\.[a-z0-9\-]+)*\.[a-z]{2,}$")]
    private static partial Regex EmailPattern();
}
