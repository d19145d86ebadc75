using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// Records of a household whose membership ended, counted from the day it ended (the household itself, its
/// housemates, its contact persons). A kind of this shape names which of its records belong to ended households and
/// what acting on them means.
/// </summary>
public abstract class MembershipEndedRecordKind(
    string key, string label, int executionOrder, IReadOnlyList<RetentionAction> actions, RetentionPolicyDefaults defaults)
    : RetentionRecordKind(key, label, executionOrder, [RetentionTrigger.MembershipEnded], actions, defaults)
{
    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var ended = db.Households.AsNoTracking()
            .Where(h => h.Status == MembershipStatus.Ended && h.MembershipEndedOn != null && h.MembershipEndedOn <= latest);
        return RetentionCandidate.Expired(await RecordsOf(db, ended).ToListAsync(ct), policy, today);
    }

    /// <summary>This kind's records in the given (ended) households, each with the day its membership ended.</summary>
    protected abstract IQueryable<RetentionEvent> RecordsOf(PortalDbContext db, IQueryable<Household> ended);

    /// <summary>Those of the loaded records whose household's membership ended long enough ago, checked as the batch comes.</summary>
    protected static async Task<List<T>> ExpiredAsync<T>(RetentionApplyContext context, IReadOnlyCollection<T> records, Func<T, Guid> householdOf, CancellationToken ct)
    {
        var householdIds = records.Select(householdOf).Distinct().ToList();
        var endedOn = await context.Db.Households.AsNoTracking()
            .Where(h => householdIds.Contains(h.Id) && h.Status == MembershipStatus.Ended && h.MembershipEndedOn != null)
            .ToDictionaryAsync(h => h.Id, h => h.MembershipEndedOn!.Value, ct);
        return records.Where(r => endedOn.TryGetValue(householdOf(r), out var ended) && context.HasExpired(ended)).ToList();
    }
}
