using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// Records that expire a period after their own end date and are then deleted. A kind of this shape only names its
/// key, its place in the batch order and its default policy (<see cref="EndDatedRecordKinds"/>).
/// </summary>
public sealed class EndDatedRecordKind<TRecord>(string key, string label, int executionOrder, RetentionPolicyDefaults defaults)
    : RetentionRecordKind(key, label, executionOrder, [RetentionTrigger.EndDate], [RetentionAction.Delete], defaults)
    where TRecord : class, IEndDatedRecord
{
    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.Set<TRecord>().AsNoTracking()
            .Where(r => r.EndDate != null && r.EndDate <= latest)
            .Select(r => new RetentionEvent(r.Id, r.HouseholdId, r.EndDate!.Value))
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows, policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var expired = (await db.Set<TRecord>().Where(r => recordIds.Contains(r.Id)).ToListAsync(ct))
            .Where(r => r.EndDate is { } end && context.HasExpired(end))
            .ToList();
        db.Set<TRecord>().RemoveRange(expired);
        return expired.Select(r => r.Id).ToHashSet();
    }
}
