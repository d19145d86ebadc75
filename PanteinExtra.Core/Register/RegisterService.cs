using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>
/// The processing register: overview with filters, one activity, create and edit (each a new version, refused
/// when based on an old version). Every employee reads; administrators and the FG write.
/// </summary>
public sealed class RegisterService(
    IDbContextFactory<PortalDbContext> dbs, AccessGuard guard, ICurrentUser user, TimeProvider clock)
{
    public async Task<PagedResult<ActivitySummary>> SearchAsync(
        RegisterFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.Search, RegisterAccess.Readers, ct);
        var today = DutchTime.Today(clock);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var query = db.ProcessingActivities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLower();
            query = query.Where(a => a.Name.ToLower().Contains(text) || (a.Owner != null && a.Owner.ToLower().Contains(text)));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.LegalBasis is { } basis)
        {
            query = query.Where(a => a.LegalBasis == basis);
        }

        if (filter.SpecialData is { } special)
        {
            query = query.Where(a => a.HasSpecialCategoryData == special);
        }

        if (filter.OnlyIncomplete)
        {
            query = query.Where(a => a.MissingItemCount > 0);
        }

        if (filter.MissingItem is { } item)
        {
            var code = $"|{item}|";
            query = query.Where(a => a.MissingItemCodes.Contains(code));
        }

        if (filter.OnlyOverdueReview)
        {
            query = query.Where(a => a.NextReviewOn != null && a.NextReviewOn < today);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(a => a.Name)
            .ThenBy(a => a.Id)
            .Skip(Math.Max(0, page) * pageSize)
            .Take(pageSize)
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.Owner,
                a.Status,
                a.LegalBasis,
                a.HasSpecialCategoryData,
                a.MissingItemCodes,
                a.NextReviewOn,
                a.Version,
            })
            .ToListAsync(ct);
        var items = rows.Select(a => new ActivitySummary(
                a.Id, a.Name, a.Owner, a.Status, a.LegalBasis, a.HasSpecialCategoryData,
                ActivityVersioning.ParseFields(a.MissingItemCodes), a.NextReviewOn,
                ActivityRules.IsReviewOverdue(a.NextReviewOn, today), a.Version))
            .ToList();
        return new PagedResult<ActivitySummary>(items, total);
    }

    public async Task<ActivityView> GetAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        var today = DutchTime.Today(clock);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var activity = await db.ProcessingActivities.AsNoTracking().Include(a => a.Processors)
            .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Verwerking", id);
        var processorIds = activity.Processors.Select(p => p.ProcessorId).ToList();
        var processors = await db.Processors.AsNoTracking().Include(p => p.Agreements)
            .Where(p => processorIds.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(ct);
        var policies = await RegisterRetention.PoliciesAsync(db, ct);
        var content = RegisterRetention.AsShown(activity.ToContent(), policies);
        return new ActivityView(
            activity.Id,
            content,
            activity.Version,
            ActivityRules.MissingItems(content),
            processors.Select(p => new LinkedProcessor(p.Id, p.Name, ProcessorService.Status(p, today))).ToList(),
            activity.UpdatedAtUtc,
            activity.UpdatedByName,
            ActivityRules.IsReviewOverdue(activity.NextReviewOn, today),
            activity.RetentionPolicyId is { } policyId && policies.TryGetValue(policyId, out var policy) ? policy.Name : null);
    }

    public async Task<Result<SavedActivity>> CreateAsync(ActivityContent content, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (normalised, names, invalid) = await CheckAsync(db, AuditAction.Create, content, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var activity = new ProcessingActivity();
        db.ProcessingActivities.Add(activity);
        ActivityVersioning.Apply(db, activity, normalised, isNew: true, VersionChangeKind.Created, names, user, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Saved(activity);
    }

    /// <summary>
    /// Saves <paramref name="content"/> as the next version, if the activity is still at <paramref name="basedOnVersion"/>;
    /// otherwise nothing is written and the conflict says who changed it in between.
    /// </summary>
    public async Task<Result<SavedActivity>> UpdateAsync(Guid id, int basedOnVersion, ActivityContent content, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var (normalised, names, invalid) = await CheckAsync(db, AuditAction.Update, content, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var activity = await db.ProcessingActivities.Include(a => a.Processors)
            .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Verwerking", id);
        if (activity.Version != basedOnVersion)
        {
            return Result.Conflict(ActivityVersioning.ConflictMessage(activity, basedOnVersion));
        }

        if (!ActivityVersioning.Apply(db, activity, normalised, isNew: false, VersionChangeKind.Edited, names, user, clock.GetUtcNow().UtcDateTime))
        {
            return Result.Ok(new SavedActivity(activity.Id, activity.Version), $"Er was niets gewijzigd; de verwerking blijft op versie {activity.Version}.");
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbs.CreateDbContextAsync(ct);
            var current = await fresh.ProcessingActivities.AsNoTracking().FirstAsync(a => a.Id == id, ct);
            return Result.Conflict(ActivityVersioning.ConflictMessage(current, basedOnVersion));
        }

        return Saved(activity);
    }

    public async Task<IReadOnlyList<ProcessorOption>> ProcessorOptionsAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Processors.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new ProcessorOption(p.Id, p.Name)).ToListAsync(ct);
    }

    public async Task<RegisterStatus> GetStatusAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Read, AuditAction.View, RegisterAccess.Readers, ct);
        var today = DutchTime.Today(clock);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var activities = db.ProcessingActivities.AsNoTracking();
        var processors = await db.Processors.AsNoTracking().Include(p => p.Agreements).ToListAsync(ct);
        var states = processors.Select(p => ProcessorService.Status(p, today).State).ToList();
        return new RegisterStatus(
            await activities.CountAsync(ct),
            await activities.CountAsync(a => a.MissingItemCount > 0, ct),
            await activities.CountAsync(a => a.Status == ActivityStatus.NeedsReview, ct),
            await activities.CountAsync(a => a.NextReviewOn != null && a.NextReviewOn < today, ct),
            states.Count(s => s == AgreementState.Missing),
            states.Count(s => s == AgreementState.ExpiringSoon));
    }

    /// <summary>
    /// Every save's preamble, once: the role (audited by the guard), then the content normalised and checked against
    /// the field rules, the rules of <see cref="ActivityRules"/> and what it links to (processors, a retention policy).
    /// </summary>
    private async Task<(ActivityContent Content, Dictionary<Guid, string> ProcessorNames, Result? Invalid)> CheckAsync(
        PortalDbContext db, AuditAction action, ActivityContent content, CancellationToken ct)
    {
        await guard.RequireAsync(RegisterEventTypes.Edit, action, RegisterAccess.Editors, ct);
        var names = await ActivityVersioning.ProcessorNamesAsync(db, ct);
        content = content.Normalised();
        var errors = new Dictionary<string, string>(ActivityRules.Validate(content, DutchTime.Today(clock)));
        if (content.ProcessorIds.Any(id => !names.ContainsKey(id)))
        {
            errors.TryAdd(nameof(content.ProcessorIds), "Een gekozen verwerker bestaat niet (meer).");
        }

        if (content.RetentionPolicyId is { } policyId && !await db.RetentionPolicies.AnyAsync(p => p.Id == policyId, ct))
        {
            errors.TryAdd(nameof(content.RetentionPolicyId), "Kies een bestaand bewaarbeleid, of laat het leeg en motiveer de termijn.");
        }

        return (content, names, errors.Count > 0 ? Result.Invalid(errors) : null);
    }

    private static Result<SavedActivity> Saved(ProcessingActivity activity) =>
        Result.Ok(new SavedActivity(activity.Id, activity.Version), $"Opgeslagen als versie {activity.Version}.");
}
