using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed record RetentionPolicyView(RetentionPolicy Policy, IRetentionRecordKind? Kind);

/// <summary>The outcome of a policy change: saved, refused with field messages, or overtaken by someone else's save.</summary>
public sealed record RetentionPolicyChangeResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors, bool Conflict = false)
{
    public static RetentionPolicyChangeResult Ok { get; } = new(true, new Dictionary<string, string>());

    public static RetentionPolicyChangeResult Invalid(IReadOnlyDictionary<string, string> errors) => new(false, errors);

    public static RetentionPolicyChangeResult Concurrent { get; } = new(false, new Dictionary<string, string>
    {
        [""] = "Iemand anders heeft dit beleid intussen gewijzigd. Open het opnieuw om de nieuwste versie te zien.",
    }, Conflict: true);
}

/// <summary>Retention policies: administrators change them, the FG reads them; every change is a new version.</summary>
public sealed class RetentionPolicyService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IRetentionRecordKind> kinds,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    private readonly Dictionary<string, IRetentionRecordKind> _kinds = kinds.ToDictionary(k => k.Key);

    public IRetentionRecordKind? KindOf(string key) => _kinds.GetValueOrDefault(key);

    public async Task<IReadOnlyList<RetentionPolicyView>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.PolicyView, AuditAction.View, RetentionRoles.PolicyReaders, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var policies = await db.RetentionPolicies.AsNoTracking().ToListAsync(ct);
        return policies
            .Select(p => new RetentionPolicyView(p, KindOf(p.RecordKind)))
            .OrderBy(v => v.Kind?.ExecutionOrder ?? int.MaxValue).ThenBy(v => v.Policy.Name)
            .ToList();
    }

    public async Task<IReadOnlyList<RetentionPolicyVersion>> HistoryAsync(Guid policyId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.PolicyView, AuditAction.View, RetentionRoles.PolicyReaders, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RetentionPolicyVersions.AsNoTracking()
            .Where(v => v.PolicyId == policyId)
            .OrderByDescending(v => v.Version)
            .ToListAsync(ct);
    }

    public async Task<RetentionPolicyChangeResult> ChangeAsync(RetentionPolicyInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.PolicyChange, AuditAction.Update, RetentionRoles.PolicyEditors, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var policy = await db.RetentionPolicies.SingleOrDefaultAsync(p => p.Id == input.PolicyId, ct)
            ?? throw new NotFoundException("Bewaarbeleid", input.PolicyId);
        var kind = KindOf(policy.RecordKind) ?? throw new InvalidOperationException($"No record kind '{policy.RecordKind}' is registered.");
        var errors = RetentionPolicyRules.Validate(input, kind);
        if (errors.Count > 0)
        {
            return RetentionPolicyChangeResult.Invalid(errors);
        }

        if (policy.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return RetentionPolicyChangeResult.Concurrent;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previousMonths = policy.PeriodMonths;
        policy.Name = input.Name.Trim();
        policy.PeriodMonths = input.PeriodMonths;
        policy.Trigger = input.Trigger;
        policy.Ground = input.Ground;
        policy.Law = input.Ground == RetentionGround.Statutory ? input.Law?.Trim() : null;
        policy.StatutoryMinimumMonths = input.Ground == RetentionGround.Statutory ? input.StatutoryMinimumMonths : null;
        policy.Motivation = string.IsNullOrWhiteSpace(input.Motivation) ? null : input.Motivation.Trim();
        policy.Action = input.Action;
        policy.Version++;
        policy.UpdatedAtUtc = now;
        policy.UpdatedBy = user.DisplayName;
        // The stamp the editor loaded is the original value EF checks in the UPDATE's WHERE: a save in between fails.
        db.Entry(policy).Property(p => p.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        policy.ConcurrencyStamp = Guid.NewGuid();
        db.Add(policy.Snapshot(now, user.UserId, user.DisplayName, input.ChangeNote?.Trim()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RetentionPolicyChangeResult.Concurrent;
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionAuditEvents.PolicyChange, AuditAction.Update)
            {
                TargetType = nameof(RetentionPolicy),
                TargetId = policy.Id.ToString(),
                Details = new Dictionary<string, object?>
                {
                    ["recordKind"] = policy.RecordKind,
                    ["version"] = policy.Version,
                    ["periodMonthsBefore"] = previousMonths,
                    ["periodMonths"] = policy.PeriodMonths,
                },
            },
            ct);
        return RetentionPolicyChangeResult.Ok;
    }
}
