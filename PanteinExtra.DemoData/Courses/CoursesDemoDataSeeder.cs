using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Data;

namespace PanteinExtra.DemoData.Courses;

/// <summary>
/// Eight first-run courses and meetings around today (past ones with attendance, one full with a waiting list, one with
/// a meal and dietary wishes), with registrations of demo members. Only when there are no courses yet; copes with no households.
/// </summary>
public sealed class CoursesDemoDataSeeder(TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 220;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.Courses.AnyAsync(ct))
        {
            return;
        }

        var today = DutchTime.Today(clock);
        var courses = DemoCourses(today).ToList();
        db.Courses.AddRange(courses);
        var people = await db.Persons.AsNoTracking()
            .Join(db.Households.AsNoTracking().Where(h => h.MembershipEndedOn == null && h.DataErasedOn == null), p => p.HouseholdId, h => h.Id, (p, h) => new { p.Id, p.HouseholdId })
            .OrderBy(p => p.Id).Take(200).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var next = 0;
        foreach (var (course, index) in courses.Select((c, i) => (c, i)))
        {
            // The full one gets three more sign-ups than places: they wait.
            var wanted = Math.Min(course.Capacity == 12 ? 15 : (course.Capacity / 2) + index, people.Count);
            var taken = 0;
            for (var i = 0; i < wanted && people.Count > 0; i++)
            {
                var person = people[next++ % people.Count];
                var signedUpAt = DutchTime.ToUtc(course.RegistrationDeadline.ToDateTime(new TimeOnly(10, 0))).AddDays(-20 + i);
                var wish = course.HasMeal && i % 4 == 0 ? (i % 8 == 0 ? "vegetarisch" : "glutenvrij") : null;
                var registration = CourseRegistration.SignUp(course, person.HouseholdId, person.Id, taken, wish, signedUpAt < now ? signedUpAt : now);
                if (registration.Status == RegistrationStatus.Registered)
                {
                    taken++;
                }

                if (course.HasStarted(now) && !course.IsCancelled)
                {
                    registration.RecordAttendance(i % 6 == 5 ? Attendance.Absent : Attendance.Present, course, now);
                }

                db.CourseRegistrations.Add(registration);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    internal static IEnumerable<Course> DemoCourses(DateOnly today)
    {
        Course Make(CourseKind kind, string title, string description, int inDays, int hour, int hours, string place, int capacity, bool meal = false, bool cancelled = false)
        {
            var start = today.AddDays(inDays).ToDateTime(new TimeOnly(hour, 0));
            var course = new Course { Title = "", Place = "" };
            course.Change(
                new CourseInput
                {
                    Kind = kind,
                    Title = title,
                    Description = description,
                    StartsAt = start,
                    EndsAt = start.AddHours(hours),
                    Place = place,
                    Capacity = capacity,
                    RegistrationDeadline = today.AddDays(inDays - 7),
                    HasMeal = meal,
                },
                takenPlaces: 0);
            if (cancelled)
            {
                course.Cancel(course.StartsAtUtc.AddDays(-1));
            }

            return course;
        }

        yield return Make(CourseKind.Course, "Valpreventie: zeker op de been", "Vier oefenmiddagen met een fysiotherapeut.", -60, 14, 2, "Wijkcentrum De Schakel, Venlo", 16);
        yield return Make(CourseKind.Meeting, "Nieuwjaarsbijeenkomst met stamppotbuffet", "Terugblik, vooruitblik en samen eten.", -20, 17, 3, "Zalencentrum De Maas, Roermond", 40, meal: true);
        yield return Make(CourseKind.Course, "Omgaan met de smartphone", "Beginnerscursus: bellen, berichten en foto's.", 21, 10, 2, "Bibliotheek Weert", 12);
        yield return Make(CourseKind.Meeting, "Informatieavond mantelzorg", "Wat is er mogelijk aan ondersteuning in de regio?", 28, 19, 2, "Gemeenschapshuis Horst", 60);
        yield return Make(CourseKind.Course, "Reanimatie en AED", "Eén avond, met certificaat.", 35, 19, 3, "Sporthal De Bongerd, Panningen", 20);
        yield return Make(CourseKind.Meeting, "Voorjaarslunch voor nieuwe leden", "Kennismaken met Pantein Extra en met elkaar.", 45, 12, 2, "Restaurant Het Wapen, Boxmeer", 30, meal: true);
        yield return Make(CourseKind.Course, "Digitaal veilig: phishing herkennen", "Hoe herkent u een nepbericht?", 60, 10, 2, "Online (de link volgt per e-mail)", 50);
        yield return Make(CourseKind.Meeting, "Wandeling Maasduinen", "Geannuleerd wegens te weinig begeleiders.", 14, 10, 3, "Parkeerplaats Maasduinen, Well", 25, cancelled: true);
    }
}
