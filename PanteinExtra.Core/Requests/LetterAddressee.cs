using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// Whom a letter about a request goes to: the name as it stands above the address ("J. van der Berg"), the surname for
/// the salutation ("van der Berg"), the postal address and the e-mail address. From the member's data while it exists;
/// after an erasure, from what the request kept (<see cref="DataSubjectRequest.KeepAddressee"/>).
/// </summary>
public sealed record LetterAddressee(string Name, string? Surname, IReadOnlyList<string> AddressLines, string? Email)
{
    public static LetterAddressee Of(Person person, Household? household)
    {
        var given = string.IsNullOrWhiteSpace(person.Initials) ? person.FirstName : person.Initials.Trim();
        var surname = PersonNames.Full(null, person.Infix, person.LastName);
        IReadOnlyList<string> address = household is null || household.DataErasedOn is not null
            ? []
            : [$"{household.Street} {household.HouseNumber}{household.HouseNumberAddition}", $"{Dutch.Postcode(household.Postcode)}  {household.City}"];
        return new LetterAddressee(PersonNames.Full(given, person.Infix, person.LastName), surname, address, person.Email ?? household?.Email);
    }

    /// <summary>
    /// The addressee of a request's letters: what the request kept, or else the member's own data; null when neither is
    /// there any more (a person erased before this was kept).
    /// </summary>
    public static async Task<LetterAddressee?> ForAsync(PortalDbContext db, DataSubjectRequest request, CancellationToken ct)
    {
        if (request.KeptAddressee is { } kept)
        {
            return kept;
        }

        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PersonId, ct);
        if (person is null || person.FirstName == Person.AnonymisedName)
        {
            return null;
        }

        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.HouseholdId, ct);
        return Of(person, household);
    }
}

/// <summary>
/// Who signs a letter and how its reader reaches us (<see cref="Email"/>, <see cref="Phone"/>): from the register's heading
/// (Art. 30(1)(a)). A letter about privacy gives the FG's contact; a letter about the membership gives the organisation's.
/// </summary>
public sealed record LetterSender(string Organisation, string? OrganisationAddress, string OfficerName, string? Email, string? Phone)
{
    /// <summary>For letters from the FG (requests, access reports): the FG's e-mail and phone, else the organisation's.</summary>
    public static async Task<LetterSender> ForAsync(PortalDbContext db, CancellationToken ct)
    {
        var d = await db.RegisterDetails.AsNoTracking().FirstOrDefaultAsync(ct);
        return Of(d, d?.OfficerEmail ?? d?.ControllerEmail, d?.OfficerPhone ?? d?.ControllerPhone);
    }

    /// <summary>For letters from the member administration (the welcome letter): the organisation's e-mail and phone, else the FG's.</summary>
    public static async Task<LetterSender> ForMembersAsync(PortalDbContext db, CancellationToken ct)
    {
        var d = await db.RegisterDetails.AsNoTracking().FirstOrDefaultAsync(ct);
        return Of(d, d?.ControllerEmail ?? d?.OfficerEmail, d?.ControllerPhone ?? d?.OfficerPhone);
    }

    private static LetterSender Of(Register.RegisterDetails? d, string? email, string? phone) => new(
        d?.ControllerName is { Length: > 0 } org ? org : "Pantein Extra",
        d?.ControllerAddress,
        d?.OfficerName is { Length: > 0 } name ? name : "de functionaris gegevensbescherming",
        email,
        phone);
}
