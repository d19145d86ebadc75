using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed record RetentionPolicyView(RetentionPolicy Policy, IRetentionPolicySubject? Kind);

/// <summary>Retention policies: administrators change them, the FG reads them; every change is a new version.</summary>
public sealed class RetentionPolicyService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IRetentionPolicySubject> kinds,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    private readonly Dictionary<string, IRetentionPolicySubject> _kinds = kinds.ToDictionary(k => k.Key);

    private IRetentionPolicySubject? KindOf(string key) => _kinds.GetValueOrDefault(key);

    public async Task<IReadOnlyList<RetentionPolicyView>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.PolicyView, AuditAction.View, RetentionRoles.PolicyReaders, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var policies = await db.RetentionPolicies.AsNoTracking().ToListAsync(ct);
        return policies
            .Select(p => new RetentionPolicyView(p, KindOf(p.RecordKind)))
            .OrderBy(v => v.Kind?.ExecutionOrder ?? int.MaxValue).ThenBy(v => v.Policy.Name)
            .ToList();
    }

    public async Task<IReadOnlyList<RetentionPolicyVersion>> HistoryAsync(Guid policyId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.PolicyView, AuditAction.View, RetentionRoles.PolicyReaders, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RetentionPolicyVersions.AsNoTracking()
            .Where(v => v.PolicyId == policyId)
            .OrderByDescending(v => v.Version)
            .ToListAsync(ct);
    }

    /// <summary>An administrator changes a policy: a new version in its history, unless a colleague saved first.</summary>
    public async Task<Result> ChangeAsync(RetentionPolicyInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.PolicyChange, AuditAction.Update, RetentionRoles.PolicyEditors, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var policy = await db.RetentionPolicies.SingleOrDefaultAsync(p => p.Id == input.PolicyId, ct)
            ?? throw new NotFoundException("Bewaarbeleid", input.PolicyId);
        var kind = KindOf(policy.RecordKind) ?? throw new InvalidOperationException($"No record kind '{policy.RecordKind}' is registered.");
        if (RetentionPolicyRules.Validate(input, kind) is { } invalid)
        {
            return invalid;
        }

        var previousMonths = policy.PeriodMonths;
        db.RetentionPolicyVersions.Add(policy.Change(input, clock.GetUtcNow().UtcDateTime, user.UserId, user.DisplayName));
        var saved = await db.SaveUnlessChangedSinceAsync(policy, input.ConcurrencyStamp, "Het bewaarbeleid is gewijzigd.", ct);
        if (!saved.Succeeded)
        {
            return saved;
        }

        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.PolicyChange, AuditAction.Update)
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
        return saved;
    }
}
