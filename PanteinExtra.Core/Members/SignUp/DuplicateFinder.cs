using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Households that may already be the one being registered: the same postcode and house number, or a person with the same
/// name and date of birth (names compared as the search folds them, so "Müller" and "muller" match). Both are index seeks
/// (the address index and the search keys). Erased households are left out: nothing identifying is left to compare.
/// </summary>
internal static class DuplicateFinder
{
    public const string SameAddress = "zelfde postcode en huisnummer";
    public const string SameNameAndBirthDate = "zelfde naam en geboortedatum";

    public static async Task<IReadOnlyList<LikelyDuplicate>> FindAsync(PortalDbContext db, NewMembershipInput input, CancellationToken ct)
    {
        var reasons = new Dictionary<Guid, List<string>>();
        if (DutchFormats.NormalisePostcode(input.Postcode) is { } postcode && input.HouseNumber is { } number)
        {
            var atAddress = await db.Households.AsNoTracking()
                .Where(h => h.Postcode == postcode && h.HouseNumber == number && h.DataErasedOn == null)
                .Select(h => h.Id).ToListAsync(ct);
            atAddress.ForEach(id => Add(reasons, id, SameAddress));
        }

        var people = new List<(string? First, string? Infix, string? Last, DateOnly? Born)> { (input.FirstName, input.Infix, input.LastName, input.DateOfBirth) };
        people.AddRange(input.Housemates.Select(h => (h.FirstName, h.Infix, h.LastName, h.DateOfBirth)));
        foreach (var (first, infix, last, born) in people)
        {
            if (born is not { } dateOfBirth || string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(last))
            {
                continue;
            }

            var key = HouseholdSearchKeys.NameKey(first, infix, last);
            var sameName = await db.HouseholdSearchKeys.AsNoTracking().Where(k => k.Key == key).Select(k => k.HouseholdId).Distinct().ToListAsync(ct);
            var sameBirth = await db.Persons.AsNoTracking()
                .Where(p => sameName.Contains(p.HouseholdId) && p.DateOfBirth == dateOfBirth)
                .Select(p => new { p.HouseholdId, p.FirstName, p.Infix, p.LastName })
                .ToListAsync(ct);
            foreach (var p in sameBirth.Where(p => HouseholdSearchKeys.NameKey(p.FirstName, p.Infix, p.LastName) == key))
            {
                Add(reasons, p.HouseholdId, SameNameAndBirthDate);
            }
        }

        if (reasons.Count == 0)
        {
            return [];
        }

        var ids = reasons.Keys.ToList();
        var households = await db.Households.AsNoTracking()
            .Where(h => ids.Contains(h.Id) && h.DataErasedOn == null)
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                h.Status,
                h.Street,
                h.HouseNumber,
                h.HouseNumberAddition,
                h.Postcode,
                h.City,
                Main = h.Persons.Where(p => p.Role == PersonRole.MainMember).Select(p => new { p.FirstName, p.Infix, p.LastName }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return households
            .Select(h => new LikelyDuplicate(
                h.Id, h.MemberNumber, h.Main is { } m ? PersonNames.Full(m.FirstName, m.Infix, m.LastName) : "(geen hoofdlid)",
                $"{h.Street} {h.HouseNumber}{h.HouseNumberAddition}, {Dutch.Postcode(h.Postcode)} {h.City}", h.Status, reasons[h.Id]))
            .OrderBy(d => d.MemberNumber, StringComparer.Ordinal)
            .ToList();
    }

    private static void Add(Dictionary<Guid, List<string>> reasons, Guid id, string reason)
    {
        if (!reasons.TryGetValue(id, out var list))
        {
            reasons[id] = list = [];
        }

        if (!list.Contains(reason))
        {
            list.Add(reason);
        }
    }
}
