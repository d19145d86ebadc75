using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention.Kinds;

/// <summary>Compliments, counted from the day they were received. Anonymising keeps the kind and the date for the quality report.</summary>
public sealed class ComplimentRecordKind() : RetentionRecordKind(
    KindKey, "complimenten", executionOrder: 11,
    [RetentionTrigger.Creation], [RetentionAction.Anonymise, RetentionAction.Delete],
    new("Complimenten", 12, RetentionTrigger.Creation, RetentionGround.StrictlyNecessary, RetentionAction.Anonymise,
        Motivation: "Een jaar na ontvangst: het compliment is dan doorgegeven aan de medewerker of dienstverlener en besproken; daarna blijft alleen het aantal per jaar voor de kwaliteitsrapportage."))
{
    public const string KindKey = "compliment";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.Kind == FeedbackKind.Compliment && f.ReceivedOn <= latest)
            .Where(f => !db.RetentionTombstones.Any(t => t.RecordKind == KindKey && t.RecordId == f.Id))
            .Select(f => new RetentionEvent(f.Id, f.HouseholdId, f.ReceivedOn))
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows, policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var expired = (await db.Feedback.Where(f => recordIds.Contains(f.Id) && f.Kind == FeedbackKind.Compliment).ToListAsync(ct))
            .Where(f => context.HasExpired(f.ReceivedOn))
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
