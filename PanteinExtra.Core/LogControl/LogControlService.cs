using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// Runs the control rules over a day of the access log (nightly as the system, or on demand by the FG), keeps the
/// findings and their reviews. Only the FG reads and reviews findings.
/// </summary>
public sealed class LogControlService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IAuditLog audit, ICurrentUser user, ControlRules rules, TimeProvider clock)
{
    private static readonly string[] Controllers = [Roles.PrivacyOfficer, SystemUser.Role];
    private static readonly string[] Reviewers = [Roles.PrivacyOfficer];

    /// <summary>Runs every rule over one Dutch calendar day; a finding already made for that rule, day and employee is not made again.</summary>
    public async Task<ControlRun> RunAsync(DateOnly day, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.Run, AuditAction.Create, Controllers, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (drafts, examined) = await rules.RunAsync(db, day, ct);
        var existing = await db.ControlFindings.AsNoTracking().Where(f => f.Day == day).Select(f => new { f.Rule, f.UserId }).ToListAsync(ct);
        var added = 0;
        foreach (var d in drafts.Where(d => !existing.Any(e => e.Rule == d.Rule && e.UserId == d.UserId)))
        {
            db.ControlFindings.Add(new ControlFinding
            {
                Rule = d.Rule,
                Day = day,
                UserId = d.UserId,
                UserName = d.UserName,
                HouseholdIds = Cap(string.Join(",", d.Households), LogControlLimits.HouseholdIds),
                EventSequences = string.Join(",", d.Events),
                Summary = Cap(d.Summary, LogControlLimits.Summary),
                DetectedAtUtc = started,
            });
            added++;
        }

        var run = new ControlRun
        {
            Day = day,
            StartedAtUtc = started,
            FinishedAtUtc = clock.GetUtcNow().UtcDateTime,
            Findings = added,
            EventsExamined = examined,
            RunBy = user.DisplayName,
        };
        db.ControlRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public async Task<IReadOnlyList<ControlFinding>> FindingsAsync(FindingStatus? status, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.FindingsView, AuditAction.View, Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ControlFindings.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(f => f.Status == s);
        }

        var findings = await query.OrderByDescending(f => f.Day).ThenBy(f => f.Rule).Take(500).ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(LogControlEventTypes.FindingsView, AuditAction.View) { Details = new Dictionary<string, object?> { ["results"] = findings.Count } }, ct);
        return findings;
    }

    public async Task<LogControlStatus> StatusAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.FindingsView, AuditAction.View, Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new LogControlStatus(
            await db.ControlFindings.CountAsync(f => f.Status == FindingStatus.Open, ct),
            await db.ControlRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).FirstOrDefaultAsync(ct));
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..max];
}
