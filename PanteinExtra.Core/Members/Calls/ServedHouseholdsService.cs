using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>A household this agent checked a caller for today, the latest call first, for a call-back.</summary>
public sealed record ServedHousehold(MemberSearchRow Household, DateTime LastCallAtUtc);

/// <summary>
/// The households the signed-in agent served today (this shift), read from the agent's own caller checks in the access
/// log, so the list is exactly what the log says the agent did. It shows what the search list shows, no more; opening
/// one again needs a new caller check.
/// </summary>
public sealed class ServedHouseholdsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    LogControl.ConfidentialityGuard confidentiality,
    TimeProvider clock)
{
    public const int MaxListed = 15;

    public const string Purpose = "terugbellen: eigen gesprekken van vandaag";

    private static readonly string[] Agents = [Roles.CallCentre];

    public async Task<IReadOnlyList<ServedHousehold>> TodayAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.Served, AuditAction.View, Agents, ct);
        await confidentiality.RequireCurrentAsync(MembersEventTypes.Served, AuditAction.View, ct);
        var since = DutchTime.StartOfDayUtc(DutchTime.Today(clock));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calls = await db.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == user.UserId && e.StartedAtUtc >= since
                && e.EventType == MembersEventTypes.CallerCheck && e.Outcome == AuditOutcome.Success && e.SubjectHouseholdId != null)
            .GroupBy(e => e.SubjectHouseholdId!.Value)
            .Select(g => new { HouseholdId = g.Key, Last = g.Max(e => e.StartedAtUtc) })
            .ToListAsync(ct);
        var latest = calls.OrderByDescending(c => c.Last).Take(MaxListed).ToList();
        var rows = (await MemberSearchService.RowsAsync(db, latest.Select(c => c.HouseholdId).ToList(), ct)).ToDictionary(r => r.HouseholdId);
        await audit.RecordAsync(
            new AuditRecord(MembersEventTypes.Served, AuditAction.View)
            {
                PurposeOfUse = Purpose,
                Details = new Dictionary<string, object?> { ["results"] = rows.Count },
            },
            ct);
        return latest.Where(c => rows.ContainsKey(c.HouseholdId)).Select(c => new ServedHousehold(rows[c.HouseholdId], c.Last)).ToList();
    }
}
