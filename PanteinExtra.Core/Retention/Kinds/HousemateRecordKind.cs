using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Housemates of a household whose membership ended. Deleting one also deletes their own subscriptions, discount registration and course registrations.</summary>
public sealed class HousemateRecordKind() : MembershipEndedRecordKind(
    KindKey, "huisgenoten", executionOrder: 40, [RetentionAction.Delete, RetentionAction.Anonymise],
    new("Huisgenoten na einde lidmaatschap", 12, RetentionTrigger.MembershipEnded, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Huisgenoten zijn na het einde van het lidmaatschap alleen nog nodig voor de afhandeling van lopende zaken; een jaar is daarvoor ruim voldoende."))
{
    public const string KindKey = "housemate";

    protected override IQueryable<RetentionEvent> RecordsOf(PortalDbContext db, IQueryable<Household> ended) =>
        db.Persons.AsNoTracking()
            .Where(p => p.Role == PersonRole.Housemate)
            .Where(p => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == p.Id))
            .Join(ended, p => p.HouseholdId, h => h.Id, (p, h) => new RetentionEvent(p.Id, p.HouseholdId, h.MembershipEndedOn!.Value));

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var persons = await db.Persons.Where(p => recordIds.Contains(p.Id) && p.Role == PersonRole.Housemate).ToListAsync(ct);
        var expired = await ExpiredAsync(context, persons, p => p.HouseholdId, ct);
        var ids = expired.Select(p => p.Id).ToList();
        switch (context.Policy.Action)
        {
            case RetentionAction.Delete:
                // Tracked, so the cascade (and the SetNull on feedback) goes through the audited save.
                await db.Subscriptions.Where(s => s.PersonId != null && ids.Contains(s.PersonId.Value)).LoadAsync(ct);
                await db.InsuranceDiscounts.Where(i => ids.Contains(i.PersonId)).LoadAsync(ct);
                await db.CourseRegistrations.Where(r => ids.Contains(r.PersonId)).LoadAsync(ct);
                await db.Feedback.Where(f => f.PersonId != null && ids.Contains(f.PersonId.Value)).LoadAsync(ct);
                db.Persons.RemoveRange(expired);
                break;
            case RetentionAction.Anonymise:
                expired.ForEach(p => p.Anonymise());
                (await db.CourseRegistrations.Where(r => ids.Contains(r.PersonId)).ToListAsync(ct)).ForEach(r => r.Anonymise());
                break;
        }

        return ids.ToHashSet();
    }
}
