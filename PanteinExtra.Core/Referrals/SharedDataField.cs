using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Referrals;

/// <summary>The data fields a referral can pass to a service provider. Each provider names the ones it receives.</summary>
[Flags]
public enum SharedDataField
{
    None = 0,
    Name = 1,
    Address = 2,
    Phone = 4,
    Email = 8,
    DateOfBirth = 16,
    MemberNumber = 32,
}

public static class SharedDataFields
{
    public static readonly IReadOnlyList<SharedDataField> All =
    [
        SharedDataField.Name, SharedDataField.Address, SharedDataField.Phone, SharedDataField.Email,
        SharedDataField.DateOfBirth, SharedDataField.MemberNumber,
    ];

    public static IEnumerable<SharedDataField> Split(SharedDataField fields) => All.Where(f => fields.HasFlag(f));

    public static string DutchName(SharedDataField field) => field switch
    {
        SharedDataField.Name => "Naam",
        SharedDataField.Address => "Adres",
        SharedDataField.Phone => "Telefoonnummer",
        SharedDataField.Email => "E-mailadres",
        SharedDataField.DateOfBirth => "Geboortedatum",
        SharedDataField.MemberNumber => "Lidnummer",
        SharedDataField.None => "Geen",
        _ => field.ToString(),
    };

    /// <summary>The value that would be passed on, as the member would recognise it (empty when not known).</summary>
    public static string? ValueOf(SharedDataField field, Person person, Household household) => field switch
    {
        SharedDataField.Name => person.FullName,
        SharedDataField.Address =>
            $"{household.Street} {household.HouseNumber}{household.HouseNumberAddition}, {household.Postcode} {household.City}",
        SharedDataField.Phone => person.Phone ?? household.Phone,
        SharedDataField.Email => person.Email ?? household.Email,
        SharedDataField.DateOfBirth => person.DateOfBirth?.ToString("dd-MM-yyyy"),
        SharedDataField.MemberNumber => household.MemberNumber,
        _ => null,
    };
}
