using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Formal contact persons of a household whose membership ended.</summary>
public sealed class ContactPersonRecordKind : IRetentionRecordKind
{
    public const string KindKey = "contact-person";

    public string Key => KindKey;

    public int ExecutionOrder => 30;

    public IReadOnlyList<RetentionTrigger> Triggers { get; } = [RetentionTrigger.MembershipEnded];

    public IReadOnlyList<RetentionAction> Actions { get; } = [RetentionAction.Delete];

    public StatutoryFloor? Floor => null;

    public RetentionPolicyDefaults Defaults { get; } = new(
        "Contactpersonen na einde lidmaatschap", 6, RetentionTrigger.MembershipEnded, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Een contactpersoon is na het einde van het lidmaatschap alleen nog nodig om de beëindiging af te ronden; zes maanden volstaat.");

    public async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.ContactPersons.AsNoTracking()
            .Join(
                db.Households.Where(h => h.Status == MembershipStatus.Ended && h.MembershipEndedOn != null && h.MembershipEndedOn <= latest),
                c => c.HouseholdId, h => h.Id, (c, h) => new { c.Id, c.HouseholdId, Ended = h.MembershipEndedOn!.Value })
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
        var rows = await db.ContactPersons
            .Where(c => recordIds.Contains(c.Id))
            .Join(db.Households, c => c.HouseholdId, h => h.Id, (c, h) => new { Contact = c, h.Status, h.MembershipEndedOn })
            .ToListAsync(ct);
        var expired = rows
            .Where(r => r.Status == MembershipStatus.Ended && r.MembershipEndedOn is { } e
                && RetentionCalendar.IsExpired(context.Policy.Trigger, e, context.Policy.PeriodMonths, context.Today))
            .Select(r => r.Contact)
            .ToList();
        db.ContactPersons.RemoveRange(expired);
        return expired.Select(c => c.Id).ToHashSet();
    }
}
