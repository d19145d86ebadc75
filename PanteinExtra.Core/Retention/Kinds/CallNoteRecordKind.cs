using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Call notes: counted from the day of the note, or from the household's last call.</summary>
public sealed class CallNoteRecordKind() : RetentionRecordKind(
    KindKey, "gespreksnotities", executionOrder: 20,
    [RetentionTrigger.Creation, RetentionTrigger.LastContact], [RetentionAction.Delete],
    new("Gespreksnotities", 24, RetentionTrigger.Creation, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Notities helpen bij vervolgvragen van hetzelfde lid; na twee jaar zijn ze daarvoor niet meer nodig."))
{
    public const string KindKey = "call-note";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestUtc = RetentionCalendar.LatestPossibleEventUtc(today, policy.PeriodMonths);
        var notes = db.CallNotes.AsNoTracking();
        var rows = policy.Trigger == RetentionTrigger.LastContact
            ? await notes
                .Where(n => !notes.Any(o => o.HouseholdId == n.HouseholdId && o.CreatedAtUtc > latestUtc))
                .Select(n => new { n.Id, n.HouseholdId, At = notes.Where(o => o.HouseholdId == n.HouseholdId).Max(o => o.CreatedAtUtc) })
                .ToListAsync(ct)
            : await notes.Where(n => n.CreatedAtUtc < latestUtc).Select(n => new { n.Id, n.HouseholdId, At = n.CreatedAtUtc }).ToListAsync(ct);
        return RetentionCandidate.Expired(rows.Select(r => new RetentionEvent(r.Id, r.HouseholdId, DutchDay(r.At))), policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var notes = await db.CallNotes.Where(n => recordIds.Contains(n.Id)).ToListAsync(ct);
        var households = notes.Select(n => n.HouseholdId).Distinct().ToList();
        var lastCall = await db.CallNotes.AsNoTracking()
            .Where(n => households.Contains(n.HouseholdId))
            .GroupBy(n => n.HouseholdId)
            .Select(g => new { g.Key, Last = g.Max(n => n.CreatedAtUtc) })
            .ToDictionaryAsync(g => g.Key, g => g.Last, ct);
        var expired = notes.Where(n =>
        {
            var at = context.Policy.Trigger == RetentionTrigger.LastContact ? lastCall[n.HouseholdId] : n.CreatedAtUtc;
            return context.HasExpired(DutchDay(at));
        }).ToList();
        db.CallNotes.RemoveRange(expired);
        return expired.Select(n => n.Id).ToHashSet();
    }

    private static DateOnly DutchDay(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToDutch(utc));
}
