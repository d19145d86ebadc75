using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// Art. 20: what the person provided, machine-readable. The JSON shape is documented in docs/portability-format.md;
/// the CSV holds the same values as rows of section, index, field, value.
/// </summary>
public sealed record PortableData(
    string Schema,
    DateOnly GeneratedOn,
    PortablePerson Person,
    PortableHousehold Household,
    IReadOnlyList<PortableSubscription> Subscriptions,
    IReadOnlyList<PortableContactPerson> ContactPersons)
{
    public const string SchemaName = "pantein-extra/portability/v1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToCsv()
    {
        var csv = new StringBuilder("section;index;field;value\n");
        void Add(string section, int index, object values)
        {
            foreach (var property in JsonSerializer.SerializeToElement(values, Json).EnumerateObject())
            {
                var value = property.Value.ValueKind == JsonValueKind.Null ? "" : property.Value.ToString();
                csv.Append(CultureInfo.InvariantCulture, $"{section};{index};{property.Name};{Escape(value)}\n");
            }
        }

        Add("person", 0, Person);
        Add("household", 0, Household);
        for (var i = 0; i < Subscriptions.Count; i++)
        {
            Add("subscription", i, Subscriptions[i]);
        }

        for (var i = 0; i < ContactPersons.Count; i++)
        {
            Add("contactPerson", i, ContactPersons[i]);
        }

        return csv.ToString();
    }

    /// <summary>
    /// A CSV cell: a value a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return; OWASP
    /// "CSV injection") gets a leading apostrophe; a cell with a separator, quote or line break is quoted. The JSON stays exact.
    /// </summary>
    internal static string Escape(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r', '\t']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

public sealed record PortablePerson(string FirstName, string? Infix, string LastName, string? Initials, DateOnly? DateOfBirth, string? Phone, string? Email);

public sealed record PortableHousehold(
    string MemberNumber, string Street, int HouseNumber, string? HouseNumberAddition, string Postcode, string City,
    string? Phone, string? Email, string PreferredChannel);

public sealed record PortableSubscription(string Kind, DateOnly StartDate, DateOnly? EndDate, string Channel);

public sealed record PortableContactPerson(string Name, string Relation, string? Phone, string? Email);
