using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

/// <summary>
/// How the register writes its values where a label alone is not enough, and reads them back from the Excel sheet:
/// the article codes ("6.1.b"), yes/no, and the marker of a special category. The labels themselves are on the enums.
/// </summary>
public static class RegisterText
{
    public const string SpecialMarker = " (bijzonder)";

    public static string Code(LegalBasis basis) => "6.1." + (char)('a' + (int)basis);

    /// <summary>"6.1.b Uitvoering van een overeenkomst".</summary>
    public static string Display(LegalBasis basis) => $"{Code(basis)} {basis.CapitalisedLabel()}";

    /// <summary>For a member's letter or report: "Uitvoering van een overeenkomst (artikel 6, lid 1, onder b AVG)".</summary>
    public static string Plain(LegalBasis basis) => $"{basis.CapitalisedLabel()} (artikel 6, lid 1, onder {(char)('a' + (int)basis)} AVG)";

    /// <summary>For a member's letter or report: "Uitdrukkelijke toestemming (artikel 9, lid 2, onder a AVG)".</summary>
    public static string Plain(SpecialCategoryCondition condition) =>
        $"{condition.CapitalisedLabel()} (artikel 9, lid 2, onder {(char)('a' + (int)condition)} AVG)";

    public static string Code(SpecialCategoryCondition condition) => "9.2." + (char)('a' + (int)condition);

    /// <summary>"9.2.a Uitdrukkelijke toestemming".</summary>
    public static string Display(SpecialCategoryCondition condition) => $"{Code(condition)} {condition.CapitalisedLabel()}";

    /// <summary>"Ja", "Nee", or nothing when it has not been assessed yet.</summary>
    public static string YesNo(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => "",
    };

    /// <summary>
    /// Whether a DPIA is needed and whether and when it was done, in one phrase: "Uitgevoerd op 12-03-2026",
    /// "Nodig, nog niet uitgevoerd", "Niet nodig" or "Nog niet beoordeeld".
    /// </summary>
    public static string Dpia(ActivityContent c) => (c.DpiaRequired, c.DpiaCompletedOn) switch
    {
        (true, { } done) => $"Uitgevoerd op {Dutch.Date(done)}",
        (true, null) => "Nodig, nog niet uitgevoerd",
        (false, { } done) => $"Niet verplicht; uitgevoerd op {Dutch.Date(done)}",
        (false, null) => "Niet nodig",
        (null, { } done) => $"Uitgevoerd op {Dutch.Date(done)}; of een DPIA verplicht is, is nog niet beoordeeld",
        (null, null) => "Nog niet beoordeeld",
    };

    /// <summary>Trimmed text; blank is none.</summary>
    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string PersonalData(PersonalDataCategory category) =>
        category.IsSpecial ? category.Name + SpecialMarker : category.Name;

    public static bool TryParseLegalBasis(string text, out LegalBasis basis) => TryParseCoded(text, Code, out basis);

    public static bool TryParseCondition(string text, out SpecialCategoryCondition condition) => TryParseCoded(text, Code, out condition);

    public static bool TryParseStatus(string text, out ActivityStatus status) => TryParseCoded(text, _ => null, out status);

    /// <summary>"Ja" or "nee", in any case.</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        var trimmed = text.Trim();
        value = string.Equals(trimmed, YesNo(true), StringComparison.OrdinalIgnoreCase);
        return value || string.Equals(trimmed, YesNo(false), StringComparison.OrdinalIgnoreCase);
    }

    public static PersonalDataCategory ParsePersonalData(string line)
    {
        var trimmed = line.Trim();
        return trimmed.EndsWith(SpecialMarker.Trim(), StringComparison.OrdinalIgnoreCase)
            ? new PersonalDataCategory(trimmed[..^SpecialMarker.Trim().Length].Trim(), true)
            : new PersonalDataCategory(trimmed, false);
    }

    /// <summary>Accepts the full text ("6.1.b Uitvoering van een overeenkomst"), the code ("6.1.b") or the label, in any case.</summary>
    private static bool TryParseCoded<T>(string text, Func<T, string?> code, out T result)
        where T : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            string?[] spellings = [candidate.Label(), code(candidate), code(candidate) is { } c ? $"{c} {candidate.Label()}" : null];
            if (spellings.Any(s => string.Equals(trimmed, s, StringComparison.OrdinalIgnoreCase)))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
