using System.Buffers;

namespace PanteinExtra.Core.Common.Validation;

/// <summary>
/// A text field that may hold several lines and tabs (a note, a description, a letter). Every other text field is
/// one line: <see cref="InputRules"/> refuses a tab or line break there.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class MultiLineAttribute : Attribute;

/// <summary>What is wrong with the characters of a text.</summary>
public enum TextCharacterProblem
{
    /// <summary>An invisible control character (C0) or a character that reverses the reading direction (bidi override).</summary>
    [Display(Name = "onzichtbaar stuurteken of richtingsteken")] Invisible,

    /// <summary>A tab or line break in a field of one line.</summary>
    [Display(Name = "tab of regeleinde in een veld van één regel")] LineBreak,
}

/// <summary>
/// The characters no text of the portal may hold: C0 control characters other than tab, line feed and carriage
/// return (they are invisible, and some break exports and logs), and the bidirectional embeddings, overrides and
/// isolates U+202A-U+202E and U+2066-U+2069 (they make a name or note read differently from what is stored, the
/// "Trojan Source" trick). Tab and line breaks are allowed only in <see cref="MultiLineAttribute"/> fields, a
/// carriage return only as part of a line break (CR LF).
/// </summary>
public static class TextCharacters
{
    private static readonly SearchValues<char> NeverAllowed = SearchValues.Create(
        [
            .. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')),
            '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
            '\u2066', '\u2067', '\u2068', '\u2069',
        ]);

    private static readonly SearchValues<char> LineCharacters = SearchValues.Create("\t\n\r");

    /// <summary>The first problem of the text, or null when every character may be stored.</summary>
    public static TextCharacterProblem? Problem(string text, bool multiLine)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(NeverAllowed))
        {
            return TextCharacterProblem.Invisible;
        }

        if (!multiLine)
        {
            return span.ContainsAny(LineCharacters) ? TextCharacterProblem.LineBreak : null;
        }

        for (var i = span.IndexOf('\r'); i >= 0; i = span.IndexOf('\r'))
        {
            if (i + 1 >= span.Length || span[i + 1] != '\n')
            {
                return TextCharacterProblem.Invisible;
            }

            span = span[(i + 2)..];
        }

        return null;
    }

    /// <summary>
    /// The text without the characters no text may hold (tab, line feed and carriage return stay: whether a field
    /// may have several lines is the input's rule). The same instance when there is nothing to remove.
    /// </summary>
    public static string Clean(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny(NeverAllowed);
        if (first < 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        kept.Append(span[..first]);
        foreach (var c in span[first..])
        {
            if (!NeverAllowed.Contains(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
