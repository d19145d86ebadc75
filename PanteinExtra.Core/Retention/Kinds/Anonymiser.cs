using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// Anonymisation beyond one entity. What each entity removes and keeps is its own rule
/// (<see cref="Household.Anonymise"/>, <see cref="Person.Anonymise"/>, <see cref="Feedback.Anonymise"/>): kept for
/// statistics are the place, membership dates, subscriptions and a five-year birth-year bucket; names, street and
/// house number, phone, e-mail and free text go.
/// </summary>
public static class Anonymiser
{
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
                    household.PseudonymiseMemberNumber(number);
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
