using PanteinExtra.Core.Common;
namespace PanteinExtra.Core.Members;

/// <summary>Which search keys a household or a person yields. Kinds are told apart by a prefix.</summary>
public static class HouseholdSearchKeys
{
    public const int MaxKeyLength = 200;

    public const string Name = "n:";
    public const string Phone = "t:";
    public const string Email = "e:";
    public const string Address = "a:";

    public static IEnumerable<string> For(Household h)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (DutchFormats.NormalisePostcode(h.Postcode) is { } postcode)
        {
            var address = AddressKey(postcode, h.HouseNumber, null);
            keys.Add(address);
            if (DutchFormats.NormaliseAddition(h.HouseNumberAddition) is { } addition)
            {
                keys.Add(AddressKey(postcode, h.HouseNumber, addition));
            }
        }

        AddContact(keys, h.Phone, h.Email);
        return keys;
    }

    public static IEnumerable<string> For(Person p)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var first = SearchText.Fold(p.FirstName);
        var infix = SearchText.Fold(p.Infix);
        var last = SearchText.Fold(p.LastName);
        string[] variants =
        [
            first,
            last,
            Join(infix, last),
            Join(first, last),
            Join(first, infix, last),
            Join(last, first),
            Join(last, infix),
        ];
        foreach (var variant in variants.Where(v => v.Length > 0))
        {
            keys.Add(Truncate(Name + variant));
        }

        AddContact(keys, p.Phone, p.Email);
        return keys;
    }

    /// <summary>The key of a whole name, first name, infix and surname ("n:jan van der berg"), as a person yields it.</summary>
    public static string NameKey(string? firstName, string? infix, string? lastName) =>
        Truncate(Name + Join(SearchText.Fold(firstName), SearchText.Fold(infix), SearchText.Fold(lastName)));

    /// <summary>"a:1234ab 12" for the number, "a:1234ab 12 a" for number and addition.</summary>
    public static string AddressKey(string postcode, int houseNumber, string? addition) =>
        addition is null
            ? $"{Address}{postcode.ToLowerInvariant()} {houseNumber}"
            : $"{Address}{postcode.ToLowerInvariant()} {houseNumber} {addition.ToLowerInvariant()}";

    private static void AddContact(HashSet<string> keys, string? phone, string? email)
    {
        if (DutchFormats.CanonicalPhone(phone) is { } canonical)
        {
            keys.Add(Phone + canonical);
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            keys.Add(Truncate(Email + email.Trim().ToLowerInvariant()));
        }
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));

    private static string Truncate(string key) => key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
}
