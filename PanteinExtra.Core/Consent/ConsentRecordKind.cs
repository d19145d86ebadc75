using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// A person's consent record for one purpose (every decision, given and withdrawn), counted from the withdrawal that is
/// its last decision. A consent that stands is kept as long as it stands: it is the proof the processing rests on
/// (art. 7 lid 1 AVG). A record that a referral or disclosure still kept rests on stays until that is gone.
/// </summary>
public sealed class ConsentRecordKind() : RetentionRecordKind(
    KindKey, "toestemmingen (gegeven en ingetrokken)", executionOrder: 26, // after the referrals that rest on them
    [RetentionTrigger.Withdrawal], [RetentionAction.Delete],
    new("Toestemmingen na intrekking", 24, RetentionTrigger.Withdrawal, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Zolang een toestemming geldt, wordt zij bewaard als bewijs (art. 7 lid 1 AVG). Na intrekking nog twee jaar: zo lang kan "
            + "Pantein Extra aantonen dat zij de gegevens tot de intrekking op grond van toestemming gebruikte, als het lid of de Autoriteit "
            + "Persoonsgegevens daarnaar vraagt. Daarna worden alle beslissingen over dat doel van die persoon verwijderd."))
{
    public const string KindKey = "consent";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latestUtc = RetentionCalendar.LatestPossibleEventUtc(today, policy.PeriodMonths);
        var events = db.ConsentEvents.AsNoTracking();
        var withdrawnLast = events
            .Where(w => w.Action == ConsentAction.Withdrawn && w.OccurredAtUtc < latestUtc)
            .Where(w => !events.Any(o => o.PersonId == w.PersonId && o.PurposeId == w.PurposeId && o.Sequence > w.Sequence));
        var rows = await (
                from e in events
                join w in withdrawnLast on new { e.PersonId, e.PurposeId } equals new { w.PersonId, w.PurposeId }
                select new { e.Id, e.HouseholdId, e.PersonId, e.PurposeId, WithdrawnAtUtc = w.OccurredAtUtc })
            .ToListAsync(ct);
        var stillNeeded = await StillNeededAsync(db, rows.Select(r => r.Id).ToList(), ct);
        return RetentionCandidate.Expired(
            rows.GroupBy(r => (r.PersonId, r.PurposeId))
                .Where(g => !g.Any(r => stillNeeded.Contains(r.Id)))
                .SelectMany(g => g)
                .Select(r => new RetentionEvent(r.Id, r.HouseholdId, DutchDay(r.WithdrawnAtUtc))),
            policy,
            today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var chosen = await db.ConsentEvents.Where(e => recordIds.Contains(e.Id)).ToListAsync(ct);
        var persons = chosen.Select(e => e.PersonId).Distinct().ToList();

        // Decided again as the batch comes: each record's last decision must still be an expired withdrawal, and no
        // decision of the record may still carry a referral or disclosure that stays.
        var records = (await db.ConsentEvents.AsNoTracking().Where(e => persons.Contains(e.PersonId)).ToListAsync(ct))
            .GroupBy(e => (e.PersonId, e.PurposeId))
            .ToDictionary(g => g.Key, g => g.ToList());
        var stillNeeded = await StillNeededAsync(db, records.Values.SelectMany(r => r).Select(e => e.Id).ToList(), ct);
        var expired = chosen.Where(e =>
        {
            var record = records[(e.PersonId, e.PurposeId)];
            var last = record.MaxBy(x => x.Sequence)!;
            return last.Action == ConsentAction.Withdrawn
                && context.HasExpired(DutchDay(last.OccurredAtUtc))
                && !record.Any(x => stillNeeded.Contains(x.Id));
        }).ToList();
        db.ConsentEvents.RemoveRange(expired);
        return expired.Select(e => e.Id).ToHashSet();
    }

    /// <summary>Those of the decisions a referral or disclosure rests on that is not being deleted in this batch.</summary>
    private static async Task<HashSet<Guid>> StillNeededAsync(PortalDbContext db, List<Guid> eventIds, CancellationToken ct)
    {
        var goingReferrals = db.ChangeTracker.Entries<Referrals.Referral>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        var goingDisclosures = db.ChangeTracker.Entries<Referrals.Disclosure>().Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        var byReferral = await db.Referrals.AsNoTracking()
            .Where(r => eventIds.Contains(r.ConsentEventId))
            .Select(r => new { r.Id, r.ConsentEventId })
            .ToListAsync(ct);
        var byDisclosure = await db.Disclosures.AsNoTracking()
            .Where(d => d.ConsentEventId != null && eventIds.Contains(d.ConsentEventId.Value))
            .Select(d => new { d.Id, ConsentEventId = d.ConsentEventId!.Value })
            .ToListAsync(ct);
        return byReferral.Where(r => !goingReferrals.Contains(r.Id)).Select(r => r.ConsentEventId)
            .Concat(byDisclosure.Where(d => !goingDisclosures.Contains(d.Id)).Select(d => d.ConsentEventId))
            .ToHashSet();
    }

    private static DateOnly DutchDay(DateTime utc) => DateOnly.FromDateTime(DutchTime.ToDutch(utc));
}
