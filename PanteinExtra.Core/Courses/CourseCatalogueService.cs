using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Courses;

/// <summary>
/// The catalogue of courses and meetings: the administrator creates, changes and cancels them; the call centre (to sign
/// members up) and the FG read it. It holds no personal data, only counts of registrations.
/// </summary>
public sealed class CourseCatalogueService(IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, TimeProvider clock)
{
    private static readonly string[] Editors = [Roles.Administrator];

    private static readonly string[] Readers = [Roles.Administrator, Roles.CallCentre, Roles.PrivacyOfficer];

    /// <summary>Every course, the next first and the past ones after (newest first).</summary>
    public async Task<IReadOnlyList<CourseView>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.CatalogueView, AuditAction.View, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var courses = await Views(db).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return courses
            .OrderBy(c => c.EndsAtUtc < now)
            .ThenBy(c => c.EndsAtUtc < now ? -c.StartsAtUtc.Ticks : c.StartsAtUtc.Ticks)
            .ToList();
    }

    /// <summary>The courses a member can still sign up for today (not cancelled, deadline not passed).</summary>
    public async Task<IReadOnlyList<CourseView>> OpenForSignUpAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.CatalogueView, AuditAction.View, Readers, ct);
        var today = DutchTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await Views(db.Courses.Where(c => !c.IsCancelled && c.RegistrationDeadline >= today), db).ToListAsync(ct);
        return open.OrderBy(c => c.StartsAtUtc).ToList();
    }

    public async Task<CourseView?> GetAsync(Guid courseId, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.CatalogueView, AuditAction.View, Readers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Views(db.Courses.Where(c => c.Id == courseId), db).FirstOrDefaultAsync(ct);
    }

    public async Task<Result<Guid>> CreateAsync(CourseInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.CourseCreate, AuditAction.Create, Editors, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var course = new Course { Title = "", Place = "" };
        course.Change(input, takenPlaces: 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return Result.Ok(course.Id, $"De {course.Kind.Label()} is vastgelegd.");
    }

    public async Task<Result> ChangeAsync(Guid courseId, CourseInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.CourseUpdate, AuditAction.Update, Editors, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return Result.NotFound("Deze cursus of bijeenkomst bestaat niet (meer).");
        }

        var taken = await db.CourseRegistrations.CountAsync(r => r.CourseId == courseId && r.Status == RegistrationStatus.Registered, ct);
        if (course.Change(input, taken) is { } refusal)
        {
            return Result.Invalid(nameof(CourseInput.Capacity), refusal);
        }

        return await db.SaveUnlessChangedSinceAsync(course, input.ConcurrencyStamp, "De wijziging is opgeslagen.", ct);
    }

    public async Task<Result> CancelAsync(Guid courseId, Guid basedOn, CancellationToken ct = default)
    {
        await guard.RequireAsync(CoursesEventTypes.CourseUpdate, AuditAction.Update, Editors, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct);
        if (course is null)
        {
            return Result.NotFound("Deze cursus of bijeenkomst bestaat niet (meer).");
        }

        if (course.Cancel(clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        return await db.SaveUnlessChangedSinceAsync(course, basedOn, $"De {course.Kind.Label()} is geannuleerd. Laat de aangemelde deelnemers het weten.", ct);
    }

    private static IQueryable<CourseView> Views(PortalDbContext db) => Views(db.Courses, db);

    private static IQueryable<CourseView> Views(IQueryable<Course> courses, PortalDbContext db) =>
        courses.AsNoTracking().Select(c => new CourseView(
            c.Id, c.Kind, c.Title, c.Description, c.StartsAtUtc, c.EndsAtUtc, c.Place, c.Capacity, c.RegistrationDeadline, c.HasMeal, c.IsCancelled,
            db.CourseRegistrations.Count(r => r.CourseId == c.Id && r.Status == RegistrationStatus.Registered),
            db.CourseRegistrations.Count(r => r.CourseId == c.Id && r.Status == RegistrationStatus.WaitingList),
            c.ConcurrencyStamp));
}
