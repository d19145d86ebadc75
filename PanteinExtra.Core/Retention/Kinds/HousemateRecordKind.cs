using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Housemates of a household whose membership ended. Deleting one also deletes their own subscriptions and discount registration.</summary>
public sealed class HousemateRecordKind : IRetentionRecordKind
{
    public const string KindKey = "housemate";

    public string Key => KindKey;

    public int ExecutionOrder => 40;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = [RetentionTrigger.MembershipEnded];

    public IReadOnlyList<RetentionAction> Actions { get; } = [RetentionAction.Delete, RetentionAction.Anonymise];

    public StatutoryFloor? Floor => null;

    public RetentionPolicyDefaults Defaults { get; } = new(
        "Huisgenoten na einde lidmaatschap", 12, RetentionTrigger.MembershipEnded, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Huisgenoten zijn na het einde van het lidmaatschap alleen nog nodig voor de afhandeling van lopende zaken; een jaar is daarvoor ruim voldoende.");

    public async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.Persons.AsNoTracking()
            .Where(p => p.Role == PersonRole.Housemate)
            .Where(p => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == p.Id))
            .Join(
                db.Households.Where(h => h.Status == MembershipStatus.Ended && h.MembershipEndedOn != null && h.MembershipEndedOn <= latest),
                p => p.HouseholdId, h => h.Id, (p, h) => new { p.Id, p.HouseholdId, Ended = h.MembershipEndedOn!.Value })
            .ToListAsync(ct);
        return rows
            .Where(r => RetentionCalendar.IsExpired(policy.Trigger, r.Ended, policy.PeriodMonths, today))
            .Select(r => new RetentionCandidate(r.Id, r.HouseholdId, RetentionCalendar.ExpiresOn(policy.Trigger, r.Ended, policy.PeriodMonths),
                RetentionCalendar.Reason(policy.Trigger, r.Ended, policy.PeriodMonths)))
            .ToList();
    }

    public async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var persons = await db.Persons.Where(p => recordIds.Contains(p.Id) && p.Role == PersonRole.Housemate).ToListAsync(ct);
        var ended = await db.Households.AsNoTracking()
            .Where(h => persons.Select(p => p.HouseholdId).Contains(h.Id) && h.Status == MembershipStatus.Ended)
            .ToDictionaryAsync(h => h.Id, h => h.MembershipEndedOn, ct);
        var expired = persons
            .Where(p => ended.GetValueOrDefault(p.HouseholdId) is { } e
                && RetentionCalendar.IsExpired(context.Policy.Trigger, e, context.Policy.PeriodMonths, context.Today))
            .ToList();
        var ids = expired.Select(p => p.Id).ToList();
        switch (context.Policy.Action)
        {
            case RetentionAction.Delete:
                // Tracked, so the cascade (and the SetNull on feedback) goes through the audited save.
                await db.Subscriptions.Where(s => s.PersonId != null && ids.Contains(s.PersonId.Value)).LoadAsync(ct);
                await db.InsuranceDiscounts.Where(i => ids.Contains(i.PersonId)).LoadAsync(ct);
                await db.Feedback.Where(f => f.PersonId != null && ids.Contains(f.PersonId.Value)).LoadAsync(ct);
                db.Persons.RemoveRange(expired);
                break;
            case RetentionAction.Anonymise:
                expired.ForEach(p => p.Anonymise());
                break;
        }

        return ids.ToHashSet();
    }
}
