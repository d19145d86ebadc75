using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Formal contact persons of a household whose membership ended.</summary>
public sealed class ContactPersonRecordKind() : MembershipEndedRecordKind(
    KindKey, "contactpersonen", executionOrder: 30, [RetentionAction.Delete],
    new("Contactpersonen na einde lidmaatschap", 6, RetentionTrigger.MembershipEnded, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Een contactpersoon is na het einde van het lidmaatschap alleen nog nodig om de beëindiging af te ronden; zes maanden volstaat."))
{
    public const string KindKey = "contact-person";

    protected override IQueryable<RetentionEvent> RecordsOf(PortalDbContext db, IQueryable<Household> ended) =>
        db.ContactPersons.AsNoTracking()
            .Join(ended, c => c.HouseholdId, h => h.Id, (c, h) => new RetentionEvent(c.Id, c.HouseholdId, h.MembershipEndedOn!.Value));

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var contacts = await db.ContactPersons.Where(c => recordIds.Contains(c.Id)).ToListAsync(ct);
        var expired = await ExpiredAsync(context, contacts, c => c.HouseholdId, ct);
        db.ContactPersons.RemoveRange(expired);
        return expired.Select(c => c.Id).ToHashSet();
    }
}
