using System.Text.Json;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests;

/// <summary>How the access log's records read in a request's change list and in the access report: Dutch, never codes.</summary>
public static class AuditedText
{
    /// <summary>The event's Dutch name ("Huishouden geopend"); an event type without one reads as its action ("Inzage").</summary>
    public static string Event(string eventType, AuditAction action) =>
        AuditEventNames.Describe(eventType) is var name && name != eventType ? name : action.CapitalisedLabel();

    /// <summary>The role's Dutch name; work no employee did (a scheduled run, the first-run seeding) reads as "Systeem".</summary>
    public static string Role(string role) => Roles.IsKnown(role) ? Roles.DutchName(role) : "Systeem";
}

/// <summary>
/// The Dutch names of the fields a write changed, from the field names the audit interceptor records
/// (<c>{"fields":["Street","City"]}</c>). One small map of the member data's property names, as the desk's forms
/// call them; a name it does not know reads as "overige gegevens", so no code reaches the screen.
/// </summary>
internal static class ChangedFields
{
    private const string Other = "overige gegevens";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["Street"] = "straat",
        ["HouseNumber"] = "huisnummer",
        ["HouseNumberAddition"] = "toevoeging",
        ["Postcode"] = "postcode",
        ["City"] = "plaats",
        ["Phone"] = "telefoon",
        ["Email"] = "e-mailadres",
        ["PreferredChannel"] = "voorkeur voor contact",
        ["CommunicateThroughContactPerson"] = "post via de contactpersoon",
        ["Status"] = "status van het lidmaatschap",
        ["MemberSince"] = "lid sinds",
        ["MembershipEndedOn"] = "einde lidmaatschap",
        ["Initials"] = "voorletters",
        ["FirstName"] = "voornaam",
        ["Infix"] = "tussenvoegsel",
        ["LastName"] = "achternaam",
        ["DateOfBirth"] = "geboortedatum",
        ["Role"] = "rol in het huishouden",
        ["StartDate"] = "startdatum",
        ["EndDate"] = "einddatum",
        ["Channel"] = "kanaal",
        ["Subject"] = "onderwerp",
        ["Description"] = "toelichting",
        ["Handling"] = "behandeling",
        ["Outcome"] = "uitkomst",
        ["ClosedOn"] = "afgehandeld op",
    };

    public static string Describe(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return "";
        }

        using var json = JsonDocument.Parse(details);
        if (json.RootElement.ValueKind != JsonValueKind.Object
            || !json.RootElement.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        return Labels.Capitalise(Names(fields.EnumerateArray().Select(f => f.GetString() ?? "")));
    }

    /// <summary>The Dutch names of these properties, the unknown ones together as "overige gegevens" at the end.</summary>
    public static string Names(IEnumerable<string> properties) =>
        string.Join(", ", properties.Select(p => Known.GetValueOrDefault(p, Other)).Distinct().OrderBy(n => n == Other));
}
