using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// Data-subject requests with their letters and timeline, counted from the day the request was completed or rejected.
/// An open request never expires (and holds its household, <see cref="OpenRequestHoldSource"/>). Anonymising empties
/// the request (<see cref="DataSubjectRequest.Anonymise"/>, including the reply's addressee an erasure kept) and deletes
/// its letters and timeline; the bare request stays as the record that it was handled, and when.
/// </summary>
public sealed class RequestRecordKind() : RetentionRecordKind(
    KindKey, "privacyverzoeken met brieven en verloop", executionOrder: 24,
    [RetentionTrigger.Closure], [RetentionAction.Anonymise],
    new("Privacyverzoeken na afhandeling", 24, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Anonymise,
        Motivation: "Twee jaar na de afhandeling: zo lang kan de betrokkene over de afhandeling klagen of erop terugkomen en kan de Autoriteit "
            + "Persoonsgegevens vragen hoe het verzoek is behandeld (art. 5 lid 2 en art. 12 AVG). Daarna gaan de brieven, het verloop, de "
            + "omschrijving en de voor het antwoord bewaarde naam en adressering; nummer, soort, data en status blijven als verantwoording."))
{
    public const string KindKey = "data-subject-request";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => (r.Status == RequestStatus.Completed || r.Status == RequestStatus.Rejected) && r.ClosedOn != null && r.ClosedOn <= latest)
            .Where(r => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == r.Id))
            .Select(r => new RetentionEvent(r.Id, r.HouseholdId, r.ClosedOn!.Value))
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows, policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var expired = (await db.DataSubjectRequests.Where(r => recordIds.Contains(r.Id)).ToListAsync(ct))
            .Where(r => !r.IsOpen && r.ClosedOn is { } closed && context.HasExpired(closed))
            .ToList();
        var ids = expired.Select(r => r.Id).ToList();
        expired.ForEach(r => r.Anonymise());
        db.RequestLetters.RemoveRange(await db.RequestLetters.Where(l => ids.Contains(l.RequestId)).ToListAsync(ct));
        db.RequestTimelineEntries.RemoveRange(await db.RequestTimelineEntries.Where(e => ids.Contains(e.RequestId)).ToListAsync(ct));
        return ids.ToHashSet();
    }
}
