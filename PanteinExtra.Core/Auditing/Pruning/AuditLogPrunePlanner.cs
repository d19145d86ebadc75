using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Auditing.Pruning;

/// <summary>
/// Works out how far the access log can be pruned. The chain only loses a prefix, so the prune ends just before the
/// first event that has not expired, and earlier before the first event still needed: evidence of an open finding,
/// an event about a household under a hold (an open request, complaint or breach, a legal hold), or an event in a
/// month whose control report is not signed off yet. The head of the log always stays (the chain goes on from it).
/// </summary>
public sealed class AuditLogPrunePlanner(RetentionHolds holds)
{
    public async Task<AuditLogPrunePlan> PlanAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var expiredBefore = FirstDayKept(policy, today);
        var limits = new List<string>();
        var events = db.AuditEvents.AsNoTracking();
        var first = await events.MinAsync(e => (long?)e.Sequence, ct);
        var last = await events.MaxAsync(e => (long?)e.Sequence, ct);
        AuditLogPrunePlan Plan(long? upTo) =>
            new(policy.Id, policy.Name, policy.Version, policy.PeriodMonths, expiredBefore, first, upTo, limits);
        if (first is null || last is null)
        {
            return Plan(null);
        }

        var boundaryUtc = DutchTime.StartOfDayUtc(expiredBefore);
        var firstKept = await events.Where(e => e.StartedAtUtc >= boundaryUtc).MinAsync(e => (long?)e.Sequence, ct) ?? last.Value + 1;
        var upTo = Math.Min(firstKept, last.Value) - 1;
        if (upTo < first)
        {
            return Plan(null);
        }

        void StopBefore(long sequence, string because)
        {
            if (sequence <= upTo)
            {
                upTo = sequence - 1;
                limits.Add($"Vanaf gebeurtenis {Dutch.Number(sequence)} blijft het log staan: {because}.");
            }
        }

        var openFindings = await db.ControlFindings.AsNoTracking().Where(f => f.Status == FindingStatus.Open).ToListAsync(ct);
        if (openFindings.Where(f => f.Evidence.Count > 0).MinBy(f => f.Evidence.Min()) is { } oldestFinding)
        {
            StopBefore(oldestFinding.Evidence.Min(), $"bewijs bij de open bevinding \"{oldestFinding.Rule.Label()}\" van {Dutch.Date(oldestFinding.Day)}");
        }

        var draft = await db.ControlReports.AsNoTracking()
            .Where(r => r.Status == ControlReportStatus.Draft)
            .OrderBy(r => r.Year).ThenBy(r => r.Month)
            .Select(r => new { r.Year, r.Month })
            .FirstOrDefaultAsync(ct);
        if (draft is not null)
        {
            var month = new ReportMonth(draft.Year, draft.Month);
            var monthStartUtc = month.FromUtc;
            if (await events.Where(e => e.StartedAtUtc >= monthStartUtc).MinAsync(e => (long?)e.Sequence, ct) is { } inMonth)
            {
                StopBefore(inMonth, $"de controle van {month.Label} is nog niet afgetekend");
            }
        }

        var held = await holds.FindAsync(db, null, ct);
        if (held.Count > 0)
        {
            var heldIds = held.Keys.ToList();
            var oldestHeld = await events
                .Where(e => e.Sequence <= upTo && e.SubjectHouseholdId != null && heldIds.Contains(e.SubjectHouseholdId.Value))
                .OrderBy(e => e.Sequence)
                .Select(e => new { e.Sequence, e.SubjectHouseholdId })
                .FirstOrDefaultAsync(ct);
            if (oldestHeld is not null)
            {
                StopBefore(oldestHeld.Sequence, $"die gebeurtenis betreft een huishouden met een blokkade ({held[oldestHeld.SubjectHouseholdId!.Value]})");
            }
        }

        return Plan(upTo);
    }

    /// <summary>The first Dutch day whose events have not expired under the policy today.</summary>
    public static DateOnly FirstDayKept(RetentionPolicy policy, DateOnly today)
    {
        var day = today.AddMonths(-policy.PeriodMonths);
        while (policy.HasExpired(day, today))
        {
            day = day.AddDays(1);
        }

        while (!policy.HasExpired(day.AddDays(-1), today))
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
