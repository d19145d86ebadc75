using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Ended registrations for the collective health-insurance discount, counted from their end date.</summary>
public sealed class InsuranceDiscountRecordKind : IRetentionRecordKind
{
    public const string KindKey = "insurance-discount";

    public string Key => KindKey;

    public int ExecutionOrder => 45;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = [RetentionTrigger.EndDate];

    public IReadOnlyList<RetentionAction> Actions { get; } = [RetentionAction.Delete];

    public StatutoryFloor? Floor => null;

    public RetentionPolicyDefaults Defaults { get; } = new(
        "Registraties collectiviteitskorting", 24, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Twee jaar na het einde: de zorgverzekeraar verrekent de korting achteraf en kan tot dan om verantwoording vragen.");

    public async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.InsuranceDiscounts.AsNoTracking()
            .Where(i => i.EndDate != null && i.EndDate <= latest)
            .Select(i => new { i.Id, i.HouseholdId, End = i.EndDate!.Value })
            .ToListAsync(ct);
        return rows
            .Where(r => RetentionCalendar.IsExpired(policy.Trigger, r.End, policy.PeriodMonths, today))
            .Select(r => new RetentionCandidate(r.Id, r.HouseholdId, RetentionCalendar.ExpiresOn(policy.Trigger, r.End, policy.PeriodMonths),
                RetentionCalendar.Reason(policy.Trigger, r.End, policy.PeriodMonths)))
            .ToList();
    }

    public async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var expired = (await db.InsuranceDiscounts.Where(i => recordIds.Contains(i.Id)).ToListAsync(ct))
            .Where(i => i.EndDate is { } end && RetentionCalendar.IsExpired(context.Policy.Trigger, end, context.Policy.PeriodMonths, context.Today))
            .ToList();
        db.InsuranceDiscounts.RemoveRange(expired);
        return expired.Select(i => i.Id).ToHashSet();
    }
}
