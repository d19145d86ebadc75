using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// What anonymisation removes and keeps, in one place. Kept for statistics: place (city and the four digits of
/// the postcode), membership dates, subscriptions, a five-year birth-year bucket. Removed: names, street and house
/// number, phone, e-mail, free text.
/// </summary>
public static class Anonymiser
{
    public const string Placeholder = "Geanonimiseerd";

    public static void Person(Person p)
    {
        p.FirstName = Placeholder;
        p.LastName = "";
        p.Initials = null;
        p.Infix = null;
        p.DateOfBirth = p.DateOfBirth is { } dob ? BirthYearBucket(dob) : null;
        p.Phone = null;
        p.Email = null;
        p.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The first day of the five-year bucket: 1943-06-12 becomes 1940-01-01.</summary>
    public static DateOnly BirthYearBucket(DateOnly dateOfBirth) => new(dateOfBirth.Year - (dateOfBirth.Year % 5), 1, 1);

    public static void Household(Household h)
    {
        h.Street = "";
        h.HouseNumber = 0;
        h.HouseNumberAddition = null;
        h.Postcode = h.Postcode.Length >= 4 ? h.Postcode[..4] : "";
        h.Phone = null;
        h.Email = null;
        h.CommunicateThroughContactPerson = false;
        h.ConcurrencyStamp = Guid.NewGuid();
    }

    public static void Feedback(Feedback f)
    {
        f.Subject = Placeholder;
        f.Description = null;
        f.Handling = null;
        f.Outcome = null;
        f.ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// Replaces the member numbers, once no fiscal record needs them as the ledger key, by meaningless unique
    /// ones ("X" and nine random characters), checked against the database in one query per round.
    /// </summary>
    public static async Task PseudonymiseMemberNumbersAsync(PortalDbContext db, IReadOnlyCollection<Household> households, CancellationToken ct)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var todo = households.Where(h => !h.MemberNumber.StartsWith('X')).ToList();
        while (todo.Count > 0)
        {
            var proposals = todo.ToDictionary(h => h, _ => "X" + RandomNumberGenerator.GetString(alphabet, 9));
            var wanted = proposals.Values.ToList();
            var taken = (await db.Households.AsNoTracking().Where(h => wanted.Contains(h.MemberNumber)).Select(h => h.MemberNumber).ToListAsync(ct))
                .Concat(db.Households.Local.Select(h => h.MemberNumber))
                .ToHashSet();
            var retry = new List<Household>();
            foreach (var (household, number) in proposals)
            {
                if (taken.Add(number))
                {
                    household.MemberNumber = number;
                    household.ConcurrencyStamp = Guid.NewGuid();
                }
                else
                {
                    retry.Add(household);
                }
            }

            todo = retry;
        }
    }

    /// <summary>Households whose contributions are all gone or past their fiscal period (tombstoned, or expiring in this batch).</summary>
    public static async Task<HashSet<Guid>> WithoutFiscalRecordsAsync(
        PortalDbContext db, IReadOnlyCollection<Guid> householdIds, CancellationToken ct, IReadOnlyCollection<Guid>? expiringNow = null)
    {
        expiringNow ??= [];
        var stillFiscal = await db.Contributions.AsNoTracking()
            .Where(c => householdIds.Contains(c.HouseholdId) && !expiringNow.Contains(c.Id))
            .Where(c => !db.RetentionTombstones.Any(t => t.RecordKind == ContributionRecordKind.KindKey && t.RecordId == c.Id))
            .Select(c => c.HouseholdId)
            .Distinct()
            .ToListAsync(ct);
        var result = householdIds.ToHashSet();
        result.ExceptWith(stillFiscal);
        return result;
    }
}
