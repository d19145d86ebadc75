using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed record RetentionRunRow(
    Guid Id, int Number, RetentionRunOrigin Origin, RetentionRunStatus Status, DateOnly AsOfDate,
    int TotalItems, int HeldItems, int ProcessedItems, string? ApprovedByName);

public sealed record RetentionRunItemView(
    Guid Id, string RecordKind, string? MemberNumber, string Reason, RetentionItemState State, string? HoldReason, int? BatchNumber);

public sealed record RetentionItemQuery(
    Guid RunId, Guid? PolicyId = null, RetentionItemState? State = null, int Page = 0, int PageSize = 10, string? MemberNumber = null);

/// <summary>The FG's side of runs: overview, details with examples, approval, stop, and the home-page card.</summary>
public sealed class RetentionRunService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<PagedResult<RetentionRunRow>> ListAsync(int page, int pageSize, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunView, AuditAction.View, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = db.RetentionRuns.AsNoTracking();
        var size = Math.Clamp(pageSize, 1, 100);
        var rows = await runs.OrderByDescending(r => r.Number).Skip(Math.Max(0, page) * size).Take(size)
            .Select(r => new RetentionRunRow(r.Id, r.Number, r.Origin, r.Status, r.AsOfDate, r.TotalItems, r.HeldItems, r.ProcessedItems, r.ApprovedByName))
            .ToListAsync(ct);
        return new PagedResult<RetentionRunRow>(rows, await runs.CountAsync(ct));
    }

    /// <summary>The run with its per-policy figures (no personal data: counts only).</summary>
    public async Task<RetentionRun> GetAsync(Guid runId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunView, AuditAction.View, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RetentionRuns.AsNoTracking().Include(r => r.Policies).SingleOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new NotFoundException("Run", runId);
    }

    /// <summary>Items of a run with the member number of their household (examples and the reason per record). Audited.</summary>
    public async Task<PagedResult<RetentionRunItemView>> ItemsAsync(RetentionItemQuery query, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunView, AuditAction.View, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = db.RetentionRunItems.AsNoTracking().Where(i => i.RunId == query.RunId);
        if (query.PolicyId is { } policyId)
        {
            items = items.Where(i => i.PolicyId == policyId);
        }

        if (query.State is { } state)
        {
            items = items.Where(i => i.State == state);
        }

        // "Why is this member in the run?": the FG looks one household up by its member number.
        if (!string.IsNullOrWhiteSpace(query.MemberNumber))
        {
            var number = query.MemberNumber.Trim();
            items = items.Where(i => db.Households.Any(h => h.Id == i.HouseholdId && h.MemberNumber == number));
        }

        var size = Math.Clamp(query.PageSize, 1, 100);
        var page = await items.OrderBy(i => i.HouseholdId).ThenBy(i => i.RecordId).Skip(Math.Max(0, query.Page) * size).Take(size)
            .Select(i => new RetentionRunItemView(
                i.Id, i.RecordKind, db.Households.Where(h => h.Id == i.HouseholdId).Select(h => h.MemberNumber).FirstOrDefault(),
                i.Reason, i.State, i.HoldReason, i.BatchNumber))
            .ToListAsync(ct);
        var total = await items.CountAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.RunView, AuditAction.View)
            {
                TargetType = nameof(RetentionRun),
                TargetId = query.RunId.ToString(),
                Details = new Dictionary<string, object?> { ["items"] = page.Count, ["total"] = total },
            },
            ct);
        return new PagedResult<RetentionRunItemView>(page, total);
    }

    /// <summary>
    /// The FG approves (or, for a stopped run, resumes) a run. Only the newest preview of today can be approved,
    /// and only while every policy is still at the version it was previewed under.
    /// </summary>
    public async Task<Result> ApproveAsync(Guid runId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunApprove, AuditAction.Update, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.RetentionRuns.Include(r => r.Policies).SingleOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new NotFoundException("Run", runId);
        if (await ApprovalRefusalAsync(db, run, ct) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        var resumed = run.Status == RetentionRunStatus.Stopped;
        if (resumed)
        {
            run.Resume();
        }
        else
        {
            run.Approve(clock.GetUtcNow().UtcDateTime, user.UserId, user.DisplayName);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict("De run is intussen gewijzigd. Vernieuw de pagina.");
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.RunApprove, AuditAction.Update)
            {
                TargetType = nameof(RetentionRun),
                TargetId = run.Id.ToString(),
                Details = new Dictionary<string, object?> { ["resumed"] = resumed, ["items"] = run.TotalItems },
            },
            ct);
        return Result.Ok(resumed ? "De run wordt hervat." : "De run is goedgekeurd en wordt uitgevoerd.");
    }

    /// <summary>The FG stops a run: at once when it has not started, otherwise after the batch it is in.</summary>
    public async Task<Result> RequestStopAsync(Guid runId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunStop, AuditAction.Update, RetentionRoles.Fg, ct);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var run = await db.RetentionRuns.SingleOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException("Run", runId);
            if (!run.IsActive)
            {
                return Result.Refused("Deze run loopt niet.");
            }

            run.RequestStop(user.DisplayName);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }

            await audit.RecordAsync(
                new AuditRecord(RetentionEventTypes.RunStop, AuditAction.Update) { TargetType = nameof(RetentionRun), TargetId = runId.ToString() }, ct);
            return Result.Ok(run.Status == RetentionRunStatus.Stopped ? "De run is gestopt." : "De run stopt na de lopende batch.");
        }

        return Result.Refused("De run is druk bezig; probeer het zo opnieuw.");
    }

    /// <summary>The newest scheduled preview, for the FG's home page.</summary>
    public async Task<RetentionRun?> LatestScheduledAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunView, AuditAction.View, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RetentionRuns.AsNoTracking().Include(r => r.Policies)
            .Where(r => r.Origin == RetentionRunOrigin.Scheduled)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<string?> ApprovalRefusalAsync(PortalDbContext db, RetentionRun run, CancellationToken ct)
    {
        if (!run.CanBeApproved)
        {
            return run.Status switch
            {
                RetentionRunStatus.Superseded => "Dit voorbeeld is vervangen door een nieuwer voorbeeld of een gewijzigd beleid. Maak een nieuw voorbeeld.",
                RetentionRunStatus.Completed => "Deze run is al afgerond.",
                _ => "Deze run is al goedgekeurd.",
            };
        }

        if (run.Status == RetentionRunStatus.Previewed && run.AsOfDate != DutchTime.Today(clock))
        {
            return "Dit voorbeeld is niet van vandaag. Maak een nieuw voorbeeld voordat u goedkeurt.";
        }

        var versions = await db.RetentionPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Version, ct);
        if (run.Policies.Any(s => versions.GetValueOrDefault(s.PolicyId) != s.PolicyVersion))
        {
            return "Een bewaarbeleid is gewijzigd na dit voorbeeld. Maak een nieuw voorbeeld.";
        }

        if (await db.RetentionRuns.AnyAsync(r => r.Id != run.Id && (r.Status == RetentionRunStatus.Approved || r.Status == RetentionRunStatus.Running), ct))
        {
            return "Er loopt al een andere run. Wacht tot die klaar is.";
        }

        return null;
    }
}
