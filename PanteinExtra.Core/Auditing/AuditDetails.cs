using System.Globalization;
using System.Text.Json;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// An event's custom fields (<see cref="AuditEvent.Details"/>, JSON with English keys and codes) as the FG reads them:
/// "Resultaten: 3 · filters: medewerker, periode". Keys are named in Dutch, numbers and dates formatted in nl-NL, codes
/// of Core's enums read as their labels; a key this list does not know is left out rather than shown as a code.
/// </summary>
public static class AuditDetails
{
    private static readonly Dictionary<string, string> KeyNames = new(StringComparer.Ordinal)
    {
        ["activities"] = "verwerkingen",
        ["added"] = "toegevoegd",
        ["asOf"] = "stand per",
        ["at"] = "tijdstip",
        ["batches"] = "batches",
        ["bescherming"] = "bescherming",
        ["bevestigdOp"] = "bevestigd op",
        ["brokenAt"] = "keten gebroken bij",
        ["caller"] = "beller",
        ["changed"] = "gewijzigd",
        ["checked"] = "gecontroleerd",
        ["checks"] = "controles",
        ["consent"] = "toestemming",
        ["consultations"] = "raadplegingen",
        ["disclosures"] = "verstrekkingen",
        ["employees"] = "medewerkers",
        ["events"] = "gebeurtenissen",
        ["expired"] = "verlopen",
        ["expiredBefore"] = "verlopen vóór",
        ["fields"] = "gegevens",
        ["filters"] = "filters",
        ["findings"] = "bevindingen",
        ["format"] = "formaat",
        ["from"] = "vanaf gebeurtenis",
        ["held"] = "geblokkeerd",
        ["holds"] = "blokkades",
        ["intact"] = "onbeschadigd",
        ["items"] = "regels",
        ["kind"] = "soort",
        ["month"] = "maand",
        ["moreThanListed"] = "meer dan getoond",
        ["need"] = "nodig",
        ["origin"] = "aanleiding",
        ["overzicht"] = "overzicht",
        ["periodMonths"] = "termijn (maanden)",
        ["periodMonthsBefore"] = "termijn was (maanden)",
        ["persons"] = "personen",
        ["policies"] = "bewaarbeleid",
        ["processed"] = "verwerkt",
        ["processors"] = "verwerkers",
        ["reason"] = "reden",
        ["reden"] = "reden",
        ["referrals"] = "verwijzingen",
        ["requests"] = "verzoeken",
        ["results"] = "resultaten",
        ["resumed"] = "hervat",
        ["rows"] = "regels",
        ["sample"] = "steekproef",
        ["sections"] = "onderdelen",
        ["sequence"] = "volgnummer",
        ["sessions"] = "sessies",
        ["skipped"] = "overgeslagen",
        ["step"] = "stap",
        ["total"] = "totaal",
        ["unchanged"] = "ongewijzigd",
        ["upTo"] = "tot en met gebeurtenis",
        ["verified"] = "geverifieerd",
        ["verify"] = "trekking gelijk",
        ["version"] = "versie",
        ["view"] = "weergave",
    };

    /// <summary>Codes written as plain strings (not enum names).</summary>
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["household access"] = "geen toegang tot dit huishouden",
        ["no-consent"] = "geen toestemming",
        ["restriction"] = "verwerking beperkt",
        ["data erased"] = "gegevens gewist",
        ["confidentiality not confirmed"] = "geheimhouding niet bevestigd",
        ["json-iso-27560"] = "JSON (ISO/IEC TS 27560)",
        ["csv"] = "CSV",
        ["xlsx"] = "Excel",
    };

    /// <summary>Every member name of Core's enums with its label (the first enum that declares it wins).</summary>
    private static readonly Lazy<Dictionary<string, string>> EnumLabels = new(() =>
        typeof(AuditDetails).Assembly.GetTypes()
            .Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetNames(t).Select(name => (name, label: Labels.Declared(t, name))))
            .Where(x => x.label is not null)
            .GroupBy(x => x.name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().label!, StringComparer.Ordinal));

    public static string Describe(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return "";
        }

        using var json = JsonDocument.Parse(details);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var parts = json.RootElement.EnumerateObject()
            .Where(p => KeyNames.ContainsKey(p.Name))
            .Select(p => (Name: KeyNames[p.Name], Value: Value(p.Name, p.Value)))
            .Where(p => p.Value.Length > 0)
            .Select(p => $"{p.Name}: {p.Value}")
            .ToList();
        return parts.Count == 0 ? "" : Labels.Capitalise(string.Join(" · ", parts));
    }

    private static string Value(string key, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt64(out var n) ? Dutch.Number(n) : value.GetDouble().ToString(Dutch.Culture),
        JsonValueKind.True => "ja",
        JsonValueKind.False => "nee",
        JsonValueKind.Array when key == "fields" => ChangedFields.Names(value.EnumerateArray().Select(v => v.GetString() ?? "")),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Text(v.ToString()))),
        JsonValueKind.String => key == "reden" ? value.GetString()! : Text(value.GetString()!),
        _ => "",
    };

    /// <summary>A string value: a known code, a date or moment, an enum member (or a combination of flags), else as written.</summary>
    private static string Text(string text)
    {
        if (Codes.TryGetValue(text, out var code))
        {
            return code;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Dutch.Date(date);
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment) && text.Contains('T'))
        {
            return Dutch.Moment(moment.ToUniversalTime());
        }

        var members = text.Split(", ");
        return members.All(EnumLabels.Value.ContainsKey) ? string.Join(", ", members.Select(m => EnumLabels.Value[m])) : text;
    }
}
