using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Sessions;

/// <summary>
/// The FG's view of who is signed in, and the emergency brake: end every session of an employee (a lost laptop, a
/// colleague who left, a suspected misuse). Both are the FG's alone and both are audited.
/// </summary>
public sealed class SessionOversightService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    TimeProvider clock,
    StaffSessionOptions options)
{
    private static readonly string[] Supervisors = [Roles.PrivacyOfficer];

    /// <summary>Employees with at least one usable session (open, not idle, not past the maximum duration), by name.</summary>
    public async Task<IReadOnlyList<EmployeeSessions>> ListActiveAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(SessionEventTypes.ListActive, AuditAction.View, Supervisors, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var activeSince = now - options.IdleTimeout;
        var startedSince = now - options.MaximumDuration;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sessions = await db.StaffSessions.AsNoTracking()
            .Where(s => s.EndedAtUtc == null && s.LastActivityAtUtc >= activeSince && s.StartedAtUtc >= startedSince)
            .ToListAsync(ct);
        var employees = sessions
            .GroupBy(s => s.UserId)
            .Select(g => new EmployeeSessions(
                g.Key,
                g.MaxBy(s => s.StartedAtUtc)!.UserName,
                g.MaxBy(s => s.StartedAtUtc)!.Role,
                g.Count(),
                g.Min(s => s.StartedAtUtc),
                g.Max(s => s.LastActivityAtUtc)))
            .OrderBy(e => e.UserName, StringComparer.Create(Dutch.Culture, ignoreCase: true))
            .ToList();
        await audit.RecordAsync(
            new AuditRecord(SessionEventTypes.ListActive, AuditAction.View)
            {
                TargetType = "Sessies",
                Details = new Dictionary<string, object?> { ["employees"] = employees.Count, ["sessions"] = sessions.Count },
            },
            ct);
        return employees;
    }

    /// <summary>Ends every open session of the employee: their cookies open nothing any more, open pages lose their sign-in.</summary>
    public async Task<Result> EndAllOfEmployeeAsync(string userId, CancellationToken ct = default)
    {
        await guard.RequireAsync(SessionEventTypes.EndAllOfEmployee, AuditAction.SignOut, Supervisors, ct);
        List<StaffSession> ended;
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var open = await db.StaffSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            open.ForEach(s => s.End(SessionEndReason.EndedByPrivacyOfficer, now));
            try
            {
                await db.SaveChangesAsync(ct);
                ended = open;
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // One of them ended meanwhile (its employee signed out): load the rest afresh.
            }
        }

        await audit.RecordAsync(
            new AuditRecord(SessionEventTypes.EndAllOfEmployee, AuditAction.SignOut)
            {
                TargetType = "Medewerker",
                TargetId = userId,
                Details = new Dictionary<string, object?> { ["sessions"] = ended.Count },
            },
            ct);
        return ended.Count == 0
            ? Result.Ok("Deze medewerker had geen open sessies.")
            : Result.Ok($"{Labels.Capitalise(Dutch.Count(ended.Count, "sessie", "sessies"))} van {ended[0].UserName} beëindigd.");
    }
}
