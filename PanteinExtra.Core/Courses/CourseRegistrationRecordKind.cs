using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Courses;

/// <summary>
/// Registrations for courses and meetings (with their dietary wishes and attendance), counted from the course's last
/// day and then deleted, signed off or not. The course itself holds no personal data and stays in the catalogue.
/// </summary>
public sealed class CourseRegistrationRecordKind() : RetentionRecordKind(
    KindKey, "aanmeldingen voor cursussen en bijeenkomsten", executionOrder: 35,
    [RetentionTrigger.EndDate], [RetentionAction.Delete],
    new("Aanmeldingen voor cursussen en bijeenkomsten", 12, RetentionTrigger.EndDate, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
        Motivation: "Een jaar na de laatste dag van de cursus of bijeenkomst: nodig voor vragen over deelname of betaling. Een dieetwens "
            + "verdwijnt al bij de afmelding."))
{
    public const string KindKey = "course-registration";

    public override async Task<IReadOnlyList<RetentionCandidate>> FindExpiredAsync(PortalDbContext db, RetentionPolicy policy, DateOnly today, CancellationToken ct)
    {
        var latest = RetentionCalendar.LatestPossibleEventDate(today, policy.PeriodMonths);
        var rows = await db.CourseRegistrations.AsNoTracking()
            .Join(db.Courses.AsNoTracking().Where(c => c.LastDay <= latest), r => r.CourseId, c => c.Id, (r, c) => new RetentionEvent(r.Id, r.HouseholdId, c.LastDay))
            .ToListAsync(ct);
        return RetentionCandidate.Expired(rows, policy, today);
    }

    public override async Task<IReadOnlySet<Guid>> ApplyAsync(RetentionApplyContext context, IReadOnlyList<Guid> recordIds, CancellationToken ct)
    {
        var db = context.Db;
        var rows = await db.CourseRegistrations.Where(r => recordIds.Contains(r.Id))
            .Join(db.Courses, r => r.CourseId, c => c.Id, (r, c) => new { Registration = r, c.LastDay })
            .ToListAsync(ct);
        var expired = rows.Where(r => context.HasExpired(r.LastDay)).Select(r => r.Registration).ToList();
        db.CourseRegistrations.RemoveRange(expired);
        return expired.Select(r => r.Id).ToHashSet();
    }
}
