using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// The data fields a referral can pass to a service provider. Each provider names the ones it receives; a combination's
/// label lists its fields ("naam, adres, telefoonnummer").
/// </summary>
[Flags]
public enum SharedDataField
{
    [Display(Name = "geen")] None = 0,
    [Display(Name = "naam")] Name = 1,
    [Display(Name = "adres")] Address = 2,
    [Display(Name = "telefoonnummer")] Phone = 4,
    [Display(Name = "e-mailadres")] Email = 8,
    [Display(Name = "geboortedatum")] DateOfBirth = 16,
    [Display(Name = "lidnummer")] MemberNumber = 32,
}

public static class SharedDataFields
{
    /// <summary>The single fields of a combination, in declaration order.</summary>
    public static IEnumerable<SharedDataField> Split(SharedDataField fields) => Labels.Choices<SharedDataField>().Where(f => fields.HasFlag(f));

    /// <summary>The value that would be passed on, as the member would recognise it (empty when not known).</summary>
    public static string? ValueOf(SharedDataField field, Person person, Household household) => field switch
    {
        SharedDataField.Name => person.FullName,
        SharedDataField.Address =>
            $"{household.Street} {household.HouseNumber}{household.HouseNumberAddition}, {household.Postcode} {household.City}",
        SharedDataField.Phone => person.Phone ?? household.Phone,
        SharedDataField.Email => person.Email ?? household.Email,
        SharedDataField.DateOfBirth => person.DateOfBirth is { } born ? Dutch.Date(born) : null,
        SharedDataField.MemberNumber => household.MemberNumber,
        _ => null,
    };
}
