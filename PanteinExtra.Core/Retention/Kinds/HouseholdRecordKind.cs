using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>
/// The household after its membership ended: anonymised (never deleted, so statistics and the fiscal ledger keep
/// their anchor). Its people lose what identifies them, contact persons and call notes go, complaint texts are
/// emptied, consent decisions, referrals, disclosure records and course registrations of its people go; contributions stay untouched for
/// their own fiscal policy, and the member number stays as the ledger key until the last of them has expired.
/// </summary>
public sealed class HouseholdRecordKind() : MembershipEndedRecordKind(
    KindKey, "huishoudens", executionOrder: 90, [RetentionAction.Anonymise],
    new("Huishouden na einde lidmaatschap", 24, RetentionTrigger.MembershipEnded, RetentionGround.StrictlyNecessary, RetentionAction.Anonymise,
        Motivation: "Twee jaar na het einde van het lidmaatschap: nodig om vragen over de beëindiging, een laatste factuur of een terugkeer als lid af te handelen."))
{
    public const string KindKey = "household";

    protected override IQueryable<RetentionEvent> RecordsOf(PortalDbContext db, IQueryable<Household> ended) =>
        ended
            .Where(h => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == h.Id))
            .Select(h => new RetentionEvent(h.Id, h.Id, h.MembershipEndedOn!.Value));

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var households = await db.Households
            .Include(h => h.Persons).Include(h => h.ContactPersons).Include(h => h.CallNotes).Include(h => h.Feedback)
            .AsSplitQuery()
            .Where(h => recordIds.Contains(h.Id))
            .ToListAsync(ct);
        var withoutFiscal = await Anonymiser.WithoutFiscalRecordsAsync(db, recordIds, ct);
        var applied = new HashSet<Guid>();
        var ledgerDone = new List<Household>();
        foreach (var h in households)
        {
            if (h.MembershipEndedOn is not { } ended || !context.HasExpired(ended))
            {
                continue;
            }

            h.Anonymise(context.Today);
            h.Persons.ForEach(p => p.Anonymise());
            h.Feedback.ForEach(f => f.Anonymise());
            db.ContactPersons.RemoveRange(h.ContactPersons);
            db.CallNotes.RemoveRange(h.CallNotes);
            if (withoutFiscal.Contains(h.Id))
            {
                ledgerDone.Add(h);
            }

            applied.Add(h.Id);
        }

        await Anonymiser.PseudonymiseMemberNumbersAsync(db, ledgerDone, ct);

        // Copies of the people's data in other features go with them, as with an erasure request: consent decisions
        // (a note, a contact person's name), referrals (a note) and the records of what was shared with whom.
        var persons = households.Where(h => applied.Contains(h.Id)).SelectMany(h => h.Persons).Select(p => p.Id).ToList();
        db.ConsentEvents.RemoveRange(await db.ConsentEvents.Where(e => persons.Contains(e.PersonId)).ToListAsync(ct));
        db.Disclosures.RemoveRange(await db.Disclosures.Where(d => persons.Contains(d.PersonId)).ToListAsync(ct));
        db.Referrals.RemoveRange(await db.Referrals.Where(r => persons.Contains(r.PersonId)).ToListAsync(ct));
        db.CourseRegistrations.RemoveRange(await db.CourseRegistrations.Where(r => persons.Contains(r.PersonId)).ToListAsync(ct));
        return applied;
    }
}
