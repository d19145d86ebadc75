using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Oversight;

/// <summary>
/// The FG's start page: what is due (requests by deadline, processing agreements running out, register reviews) and
/// the trends behind it (requests against their deadlines per month, employees' access per day by role). Only the FG
/// reads it. It shows request numbers and deadlines, never names; each read is audited.
/// </summary>
public sealed class OversightService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int RequestWindowDays = 7;
    public const int ReviewWindowDays = 30;
    public const int TrendMonths = 12;
    public const int TrendDays = 30;

    private static readonly string[] Officers = [Roles.PrivacyOfficer];

    public async Task<OversightDue> DueAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(OversightEventTypes.Due, AuditAction.View, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = DutchTime.Today(clock);

        // Open requests are few; the deadline in force is the entity's own rule, so it is read in memory.
        var open = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected)
            .ToListAsync(ct);
        var requests = open
            .Select(r => new DueRequest(r.Id, r.Number, r.Type, r.Deadline, r.Deadline.DayNumber - today.DayNumber))
            .Where(r => r.DaysLeft <= RequestWindowDays)
            .OrderBy(r => r.Deadline).ThenBy(r => r.Number)
            .ToList();

        var processors = await db.Processors.AsNoTracking().Include(p => p.Agreements).ToListAsync(ct);
        var agreements = processors
            .Select(p => (Processor: p, Status: AgreementRules.Evaluate(p.Agreements.Select(a => (a.SignedOn, a.ExpiresOn)), today)))
            .Where(x => x.Status.IsWarning)
            .OrderBy(x => x.Status.ValidUntil ?? DateOnly.MinValue).ThenBy(x => x.Processor.Name, StringComparer.Create(Dutch.Culture, true))
            .Select(x => new ExpiringAgreement(x.Processor.Id, x.Processor.Name, x.Status.ValidUntil, x.Status.Text))
            .ToList();

        var reviewBy = today.AddDays(ReviewWindowDays);
        var reviews = (await db.ProcessingActivities.AsNoTracking()
                .Where(a => a.NextReviewOn != null && a.NextReviewOn <= reviewBy)
                .Select(a => new { a.Id, a.Name, a.NextReviewOn })
                .ToListAsync(ct))
            .Select(a => new ReviewDue(a.Id, a.Name, a.NextReviewOn!.Value, ActivityRules.IsReviewOverdue(a.NextReviewOn, today)))
            .OrderBy(r => r.NextReviewOn)
            .ToList();

        await audit.RecordAsync(
            new AuditRecord(OversightEventTypes.Due, AuditAction.View)
            {
                Details = new Dictionary<string, object?>
                {
                    ["requests"] = requests.Count,
                    ["agreements"] = agreements.Count,
                    ["reviews"] = reviews.Count,
                },
            },
            ct);
        return new OversightDue(requests, open.Count, agreements, reviews);
    }

    public async Task<OversightTrends> TrendsAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(OversightEventTypes.Trends, AuditAction.View, Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = DutchTime.Today(clock);
        var months = await RequestMonthsAsync(db, today, ct);
        var days = await AccessDaysAsync(db, today, ct);
        await audit.RecordAsync(new AuditRecord(OversightEventTypes.Trends, AuditAction.View), ct);
        return new OversightTrends(months, days);
    }

    private static async Task<IReadOnlyList<RequestMonth>> RequestMonthsAsync(PortalDbContext db, DateOnly today, CancellationToken ct)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-(TrendMonths - 1));
        var requests = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.ReceivedOn >= first || (r.ClosedOn != null && r.ClosedOn >= first))
            .ToListAsync(ct);
        return Enumerable.Range(0, TrendMonths)
            .Select(i => first.AddMonths(i))
            .Select(m =>
            {
                bool InMonth(DateOnly d) => d.Year == m.Year && d.Month == m.Month;
                var answered = requests.Where(r => r.ClosedOn is { } closed && InMonth(closed)).ToList();
                return new RequestMonth(
                    m.Year,
                    m.Month,
                    requests.Count(r => InMonth(r.ReceivedOn)),
                    answered.Count(r => r.ClosedOn <= r.Deadline),
                    answered.Count(r => r.ClosedOn > r.Deadline));
            })
            .ToList();
    }

    /// <summary>One grouped count per Dutch day (the day boundaries are Dutch, not UTC), over the StartedAtUtc index.</summary>
    private static async Task<IReadOnlyList<AccessDay>> AccessDaysAsync(PortalDbContext db, DateOnly today, CancellationToken ct)
    {
        var result = new List<AccessDay>(TrendDays);
        for (var day = today.AddDays(-(TrendDays - 1)); day <= today; day = day.AddDays(1))
        {
            var from = DutchTime.StartOfDayUtc(day);
            var to = DutchTime.StartOfDayUtc(day.AddDays(1));
            var counts = await db.AuditEvents.AsNoTracking()
                .Where(e => e.StartedAtUtc >= from && e.StartedAtUtc < to)
                .GroupBy(e => new { e.UserRole, Denied = e.Outcome == AuditOutcome.Denied })
                .Select(g => new { g.Key.UserRole, g.Key.Denied, Count = g.Count() })
                .ToListAsync(ct);
            int Of(string role) => counts.Where(c => c.UserRole == role).Sum(c => c.Count);
            result.Add(new AccessDay(
                day,
                Of(Roles.CallCentre),
                Of(Roles.Administrator),
                Of(Roles.PrivacyOfficer),
                counts.Where(c => c.Denied && c.UserRole != SystemUser.Role).Sum(c => c.Count),
                Of(SystemUser.Role)));
        }

        return result;
    }
}
