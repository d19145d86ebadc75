using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Complaints, counted from the day they were closed. An open complaint never expires (and holds its household).</summary>
public sealed class ComplaintRecordKind() : RetentionRecordKind(
    KindKey, "klachten", executionOrder: 10,
    [RetentionTrigger.Closure], [RetentionAction.Delete, RetentionAction.Anonymise],
    new("Klachten na afsluiting", 24, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Anonymise,
        Motivation: "Twee jaar na afsluiting: nodig als de klager terugkomt of de klacht aan de Autoriteit Persoonsgegevens voorlegt; daarna blijven alleen aantallen voor de kwaliteitsrapportage."))
{
    public const string KindKey = "complaint";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.Kind == FeedbackKind.Complaint && f.ClosedOn != null && f.ClosedOn <= latest)
            .Where(f => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == f.Id))
            .Select(f => new RetentionEvent(f.Id, f.HouseholdId, f.ClosedOn!.Value))
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows, policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var complaints = await db.Feedback.Where(f => recordIds.Contains(f.Id) && f.Kind == FeedbackKind.Complaint).ToListAsync(ct);
        var expired = complaints
            .Where(f => f.ClosedOn is { } closed && context.HasExpired(closed))
            .ToList();
        switch (context.Policy.Action)
        {
            case RetentionAction.Delete:
                db.Feedback.RemoveRange(expired);
                break;
            case RetentionAction.Anonymise:
                expired.ForEach(f => f.Anonymise());
                break;
        }

        return expired.Select(f => f.Id).ToHashSet();
    }
}
