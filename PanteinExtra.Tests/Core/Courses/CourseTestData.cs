using PanteinExtra.Core.Common;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Tests.Core.Courses;

/// <summary>Courses for the tests, relative to the test clock's Dutch day.</summary>
public static class CourseTestData
{
    public static CourseInput Input(DateOnly today, int capacity = 20, bool meal = false, int startsInDays = 30, int deadlineInDays = 20) => new()
    {
        Kind = CourseKind.Course,
        Title = "Omgaan met de smartphone",
        Description = "Beginnerscursus.",
        StartsAt = today.AddDays(startsInDays).ToDateTime(new TimeOnly(10, 0)),
        EndsAt = today.AddDays(startsInDays).ToDateTime(new TimeOnly(12, 0)),
        Place = "Bibliotheek Venlo",
        Capacity = capacity,
        RegistrationDeadline = today.AddDays(deadlineInDays),
        HasMeal = meal,
    };

    /// <summary>Adds a course through a plain context (arrangement).</summary>
    public static async Task<Course> AddAsync(PortalDbContext db, CourseInput input, bool cancelled = false)
    {
        var course = new Course { Title = "", Place = "" };
        course.Change(input, takenPlaces: 0);
        if (cancelled)
        {
            course.Cancel(course.StartsAtUtc.AddDays(-1));
        }

        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return course;
    }

    public static DateOnly Today(TimeProvider clock) => DutchTime.Today(clock);
}
