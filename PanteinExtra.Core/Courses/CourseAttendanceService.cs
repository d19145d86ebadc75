using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Courses;

/// <summary>
/// The course page: who is registered, who waits (with their place) and, after the start, who came. The administrator
/// organises the course and records attendance (ADR 174); the FG reads it under supervision. The list names people of
/// many households, so each household on it gets its own access-log event, under the purpose of organising the course.
/// </summary>
public sealed class CourseAttendanceService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    ConfidentialityGuard confidentiality,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    TimeProvider clock)
{
    public const string OrganisingPurpose = "organisatie van cursussen en bijeenkomsten";

    private static readonly string[] Readers = [Roles.Administrator, Roles.PrivacyOfficer];

    private static readonly string[] Recorders = [Roles.Administrator];

    public async Task<CourseDetails?> DetailsAsync(Guid courseId, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.RegistrationsView, AuditAction.View, Readers, ct);
        await confidentiality.RequireCurrentAsync(CoursesEventTypes.RegistrationsView, AuditAction.View, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return null;
        }

        var rows = await (
            from r in db.CourseRegistrations.AsNoTracking()
            join p in db.Persons.AsNoTracking() on r.PersonId equals p.Id
            join h in db.Households.AsNoTracking() on r.HouseholdId equals h.Id
            where r.CourseId == courseId
            select new { r.Id, r.HouseholdId, p.FirstName, p.Infix, p.LastName, h.MemberNumber, r.Status, r.RegisteredAtUtc, r.DietaryWish, r.Attendance })
            .ToListAsync(ct);
        var positions = await CourseRegistrationService.WaitingPositionsAsync(db, [courseId], ct);
        var purpose = user.IsInRole(Roles.PrivacyOfficer) && !user.IsInRole(Roles.Administrator) ? HouseholdAccessRules.SupervisionPurpose : OrganisingPurpose;
        foreach (var household in rows.Select(r => r.HouseholdId).Distinct())
        {
            await audit.RecordAsync(
                new AuditRecord(CoursesEventTypes.RegistrationsView, AuditAction.View)
                {
                    TargetType = nameof(Course),
                    TargetId = courseId.ToString(),
                    SubjectHouseholdId = household,
                    PurposeOfUse = purpose,
                },
                ct);
        }

        var lines = rows
            .OrderBy(r => r.Status)
            .ThenBy(r => r.Status == RegistrationStatus.WaitingList ? positions.GetValueOrDefault(r.Id) : 0)
            .ThenBy(r => r.LastName, StringComparer.Create(Dutch.Culture, ignoreCase: true))
            .Select(r => new CourseRegistrationLine(
                r.Id, r.HouseholdId, PersonNames.Full(r.FirstName, r.Infix, r.LastName), r.MemberNumber, r.Status,
                positions.TryGetValue(r.Id, out var position) ? position : null, r.RegisteredAtUtc, r.DietaryWish, r.Attendance))
            .ToList();
        var view = new CourseView(
            course.Id, course.Kind, course.Title, course.Description, course.StartsAtUtc, course.EndsAtUtc, course.Place, course.Capacity,
            course.RegistrationDeadline, course.HasMeal, course.IsCancelled,
            rows.Count(r => r.Status == RegistrationStatus.Registered), rows.Count(r => r.Status == RegistrationStatus.WaitingList), course.ConcurrencyStamp);
        return new CourseDetails(view, lines, course.HasStarted(clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>Whether a registered person came; only once the course has started.</summary>
    public async Task<Result> RecordAttendanceAsync(Guid registrationId, Attendance attendance, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.Attendance, AuditAction.Update, Recorders, ct);
        await confidentiality.RequireCurrentAsync(CoursesEventTypes.Attendance, AuditAction.Update, ct);
        using var purpose = auditContext.BeginPurpose(OrganisingPurpose);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var registration = await db.CourseRegistrations.FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        if (registration is null)
        {
            return Result.NotFound("Deze aanmelding bestaat niet (meer).");
        }

        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == registration.CourseId, ct);
        if (registration.RecordAttendance(attendance, course, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Result.Ok($"Vastgelegd: {attendance.Label()}.");
    }
}
