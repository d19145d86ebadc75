using PanteinExtra.Core.Common;
namespace PanteinExtra.Core.Members;

/// <summary>Field rules of the members desk, with the Dutch message shown next to the field (null: valid).</summary>
public static class MemberValidation
{
    public static string? Required(string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? $"{label} is verplicht." : null;

    public static string? MaxLength(string? value, int max, string label) =>
        value is not null && value.Trim().Length > max ? $"{label} mag maximaal {max} tekens lang zijn." : null;

    public static string? Postcode(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "Postcode is verplicht."
        : DutchFormats.NormalisePostcode(value) is null ? "Vul een geldige postcode in: vier cijfers en twee letters, bijv. 6511 AB."
        : null;

    public static string? HouseNumber(int? value) =>
        value is null ? "Huisnummer is verplicht."
        : value is < 1 or > 99999 ? "Vul een huisnummer in tussen 1 en 99999."
        : null;

    public static string? HouseNumberAddition(string? value) =>
        string.IsNullOrWhiteSpace(value) || DutchFormats.NormaliseAddition(value) is not null
            ? null
            : "Een toevoeging bestaat uit hoogstens vier letters of cijfers, bijv. A of 2.";

    /// <summary>Optional; when filled, a Dutch number (10 digits) or an international one starting with +.</summary>
    public static string? Phone(string? value) =>
        string.IsNullOrWhiteSpace(value) || DutchFormats.CanonicalPhone(value) is not null
            ? null
            : "Vul een geldig telefoonnummer in, bijv. 06-12345678 of 024-3456789.";

    /// <summary>Optional; when filled, a plausible e-mail address.</summary>
    public static string? Email(string? value) =>
        string.IsNullOrWhiteSpace(value) || DutchFormats.NormaliseEmail(value) is not null
            ? null
            : "Vul een geldig e-mailadres in, bijv. naam@voorbeeld.nl.";

    internal static void Add(Dictionary<string, string> errors, string field, string? error)
    {
        if (error is not null)
        {
            errors.TryAdd(field, error);
        }
    }
}
