using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

/// <summary>The FG's view of the access log. Reading the log is itself an access to personal data, so it is audited.</summary>
public sealed class AuditLogService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditChainVerifier verifier,
    Chain.AuditCheckpointService checkpoints,
    ICurrentUser user,
    TimeProvider clock)
{
    private static readonly string[] Readers = [Roles.PrivacyOfficer];

    public async Task<PagedResult<AuditLogEntry>> SearchAsync(AuditLogQuery query, CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogSearch, AuditAction.Search, Readers, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = await FilterAsync(db, query, ct);
        var total = await events.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var items = await events
            .NewestFirst()
            .Skip(Math.Max(0, query.Page) * pageSize)
            .Take(pageSize)
            .Select(e => new AuditLogEntry(
                e.Sequence, e.StartedAtUtc, e.EventType, e.Action, e.Outcome, e.UserName, e.UserRole, e.PurposeOfUse,
                e.TargetType, e.TargetId, e.SubjectHouseholdId, e.SubjectPersonId, e.Details)
            { UserId = e.UserId, TraceId = e.TraceId, ProcessingActivityId = e.ProcessingActivityId, ProcessingActivityVersion = e.ProcessingActivityVersion })
            .ToListAsync(ct);
        items = await AuditSubjects.NameAsync(db, items, ct);

        await audit.RecordAsync(
            new AuditRecord(AuditEventTypes.AuditLogSearch, AuditAction.Search)
            {
                StartedAtUtc = started,
                SubjectHouseholdId = query.SubjectHouseholdId,
                SubjectPersonId = query.SubjectPersonId,
                Details = new Dictionary<string, object?>
                {
                    ["filters"] = DescribeFilters(query),
                    ["results"] = total,
                },
            },
            ct);
        return new PagedResult<AuditLogEntry>(items, total);
    }

    /// <summary>Per employee in a period: how many events, household views, distinct households and refusals.</summary>
    public async Task<IReadOnlyList<EmployeeAccessOverview>> EmployeeOverviewAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogSearch, AuditAction.Search, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = Filter(db.AuditEvents.AsNoTracking(), new AuditLogQuery { From = from, To = to });
        var rows = await events
            .GroupBy(e => new { e.UserId, e.UserName, e.UserRole })
            .Select(g => new EmployeeAccessOverview(
                g.Key.UserId,
                g.Key.UserName,
                g.Key.UserRole,
                g.LongCount(),
                g.LongCount(e => e.Action == AuditAction.View && e.SubjectHouseholdId != null),
                g.Where(e => e.SubjectHouseholdId != null).Select(e => e.SubjectHouseholdId).Distinct().LongCount(),
                g.LongCount(e => e.Outcome == AuditOutcome.Denied),
                g.Max(e => e.StartedAtUtc)))
            .ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(AuditEventTypes.AuditLogSearch, AuditAction.Search)
            {
                Details = new Dictionary<string, object?> { ["overzicht"] = "medewerkers", ["results"] = rows.Count },
            },
            ct);
        return rows.OrderByDescending(r => r.Events).ToList();
    }

    public async Task<AuditChainVerification> VerifyChainAsync(IProgress<AuditChainProgress>? progress = null, CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogVerify, AuditAction.View, Readers, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var result = await verifier.VerifyAsync(progress, ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.AuditChainChecks.Add(new Chain.AuditChainCheck
            {
                CheckedAtUtc = started,
                EventsChecked = result.EventsChecked,
                IsIntact = result.IsIntact,
                BrokenAtSequence = result.BrokenAtSequence,
                Problem = result.Problem is { } p ? p[..Math.Min(p.Length, Chain.AuditChainLimits.Problem)] : null,
                CheckedBy = user.DisplayName,
                DurationMs = (int)(clock.GetUtcNow().UtcDateTime - started).TotalMilliseconds,
            });
            await db.SaveChangesAsync(ct);
        }

        await audit.RecordAsync(
            new AuditRecord(AuditEventTypes.AuditLogVerify, AuditAction.View)
            {
                StartedAtUtc = started,
                Details = new Dictionary<string, object?>
                {
                    ["intact"] = result.IsIntact,
                    ["checked"] = result.EventsChecked,
                    ["brokenAt"] = result.BrokenAtSequence,
                },
            },
            ct);
        return result;
    }

    /// <summary>The last check of the chain and the last checkpoint, for the FG's start page.</summary>
    public async Task<AuditChainStatus> ChainStatusAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogVerify, AuditAction.View, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await db.AuditChainChecks.AsNoTracking().OrderByDescending(c => c.CheckedAtUtc).FirstOrDefaultAsync(ct);
        var checkpoint = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.CreatedAtUtc).FirstOrDefaultAsync(ct);
        return new AuditChainStatus(check, checkpoint);
    }

    /// <summary>The FG writes the chain head outside the database now (besides the hourly checkpoint).</summary>
    public async Task<Chain.AuditCheckpoint?> CheckpointNowAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogCheckpoint, AuditAction.Create, Readers, ct);
        return await checkpoints.WriteAsync(Chain.AuditCheckpointReason.OnDemand, ct);
    }

    /// <summary>The filtered events, for the page and the streaming export. A member number is looked up first (indexed).</summary>
    internal static async Task<IQueryable<AuditEvent>> FilterAsync(PortalDbContext db, AuditLogQuery q, CancellationToken ct)
    {
        var events = Filter(db.AuditEvents.AsNoTracking(), q);
        if (!string.IsNullOrWhiteSpace(q.MemberNumber))
        {
            var number = q.MemberNumber.Trim();
            var household = await db.Households.AsNoTracking().Where(h => h.MemberNumber == number).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct);
            var id = household ?? Guid.Empty;
            events = events.Where(e => e.SubjectHouseholdId == id);
        }

        return events;
    }

    private static IQueryable<AuditEvent> Filter(IQueryable<AuditEvent> events, AuditLogQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.EventType))
        {
            events = events.Where(e => e.EventType == q.EventType);
        }

        if (!string.IsNullOrWhiteSpace(q.PurposeContains))
        {
            var purpose = $"%{q.PurposeContains.Trim().ToLowerInvariant()}%";
            events = events.Where(e => e.PurposeOfUse != null && EF.Functions.Like(e.PurposeOfUse.ToLower(), purpose));
        }

        if (!string.IsNullOrWhiteSpace(q.ExcludeRole))
        {
            events = events.Where(e => e.UserRole != q.ExcludeRole);
        }

        if (!string.IsNullOrWhiteSpace(q.OnlyRole))
        {
            events = events.Where(e => e.UserRole == q.OnlyRole);
        }

        if (!string.IsNullOrWhiteSpace(q.UserId))
        {
            events = events.Where(e => e.UserId == q.UserId);
        }

        if (!string.IsNullOrWhiteSpace(q.UserNameContains))
        {
            var pattern = $"%{q.UserNameContains.Trim().ToLowerInvariant()}%";
            events = events.Where(e => EF.Functions.Like(e.UserName.ToLower(), pattern));
        }

        if (q.SubjectHouseholdId is { } household)
        {
            events = events.Where(e => e.SubjectHouseholdId == household);
        }

        if (q.SubjectPersonId is { } person)
        {
            events = events.Where(e => e.SubjectPersonId == person);
        }

        if (!string.IsNullOrWhiteSpace(q.EventTypePrefix))
        {
            var prefix = q.EventTypePrefix.Trim();
            events = events.Where(e => e.EventType.StartsWith(prefix));
        }

        if (q.Outcome is { } outcome)
        {
            events = events.Where(e => e.Outcome == outcome);
        }

        if (q.From is { } from)
        {
            var fromUtc = DutchTime.StartOfDayUtc(from);
            events = events.Where(e => e.StartedAtUtc >= fromUtc);
        }

        if (q.To is { } to)
        {
            var toUtc = DutchTime.StartOfDayUtc(to.AddDays(1));
            events = events.Where(e => e.StartedAtUtc < toUtc);
        }

        return events;
    }

    private static string[] DescribeFilters(AuditLogQuery q) =>
        new (string Name, bool Set)[]
        {
            ("medewerker", !string.IsNullOrWhiteSpace(q.UserId) || !string.IsNullOrWhiteSpace(q.UserNameContains)),
            ("huishouden", q.SubjectHouseholdId is not null || !string.IsNullOrWhiteSpace(q.MemberNumber)),
            ("doel", !string.IsNullOrWhiteSpace(q.PurposeContains)),
            ("persoon", q.SubjectPersonId is not null),
            ("soort", !string.IsNullOrWhiteSpace(q.EventTypePrefix) || !string.IsNullOrWhiteSpace(q.EventType)),
            ("uitkomst", q.Outcome is not null),
            ("periode", q.From is not null || q.To is not null),
        }.Where(f => f.Set).Select(f => f.Name).ToArray();
}

/// <summary>The order the access log is read in.</summary>
internal static class AuditLogOrder
{
    /// <summary>
    /// Newest first by the moment the event started, then by sequence: this is the order of the (employee, time) and
    /// (household, time) indexes, so a filtered page reads 25 index entries instead of sorting all of an employee's
    /// events (60 ms against 0.1 ms for 20,000 events).
    /// </summary>
    public static IOrderedQueryable<AuditEvent> NewestFirst(this IQueryable<AuditEvent> events) =>
        events.OrderByDescending(e => e.StartedAtUtc).ThenByDescending(e => e.Sequence);
}
