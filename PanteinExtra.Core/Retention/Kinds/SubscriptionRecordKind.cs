using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Ended subscriptions (magazine, member pass, newsletter, panel), counted from their end date.</summary>
public sealed class SubscriptionRecordKind : IRetentionRecordKind
{
    public const string KindKey = "subscription";

    public string Key => KindKey;

    public int ExecutionOrder => 50;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = [RetentionTrigger.EndDate];

    public IReadOnlyList<RetentionAction> Actions { get; } = [RetentionAction.Delete];

    public StatutoryFloor? Floor => null;

    public RetentionPolicyDefaults Defaults { get; } = new(
        "Beëindigde abonnementen", 12, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Een jaar na beëindiging: nodig om vragen over een laatste nummer of een opzegging te beantwoorden.");

    public async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.Subscriptions.AsNoTracking()
            .Where(s => s.EndDate != null && s.EndDate <= latest)
            .Select(s => new { s.Id, s.HouseholdId, End = s.EndDate!.Value })
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
        var expired = (await db.Subscriptions.Where(s => recordIds.Contains(s.Id)).ToListAsync(ct))
            .Where(s => s.EndDate is { } end && RetentionCalendar.IsExpired(context.Policy.Trigger, end, context.Policy.PeriodMonths, context.Today))
            .ToList();
        db.Subscriptions.RemoveRange(expired);
        return expired.Select(s => s.Id).ToHashSet();
    }
}
