using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.Core.Retention;

namespace PanteinExtra.Tests.Core.Courses;

/// <summary>The course registrations' own retention kind (12 months after the course's last day) and their part of the access report.</summary>
public sealed class CourseRetentionAndReportTests : RetentionTestHost
{
    private async Task<(Course Old, Course Young, Guid OldRegistration, Guid YoungRegistration, Guid PersonId)> ArrangeAsync()
    {
        var household = await AddHouseholdAsync(null);
        var person = household.Persons[0].Id;
        await using var db = RawDb();
        var oldInput = CourseTestData.Input(new DateOnly(2025, 3, 1), meal: true, startsInDays: 0, deadlineInDays: 0);
        var youngInput = CourseTestData.Input(new DateOnly(2025, 3, 20), startsInDays: 0, deadlineInDays: 0);
        var old = await CourseTestData.AddAsync(db, oldInput);
        var young = await CourseTestData.AddAsync(db, youngInput);
        var a = CourseRegistration.SignUp(old, household.Id, person, 0, "vegetarisch", new DateTime(2025, 2, 1, 9, 0, 0, DateTimeKind.Utc));
        var b = CourseRegistration.SignUp(young, household.Id, person, 0, null, new DateTime(2025, 2, 1, 9, 0, 0, DateTimeKind.Utc));
        db.CourseRegistrations.AddRange(a, b);
        await db.SaveChangesAsync();
        return (old, young, a.Id, b.Id, person);
    }

    [Fact]
    public async Task Registrations_AreDeletedTwelveMonthsAfterTheCoursesLastDay_AYoungerOneStays()
    {
        var (_, _, oldRegistration, youngRegistration, _) = await ArrangeAsync();
        Today(new DateOnly(2026, 3, 10));

        var runId = await PreviewAsync();

        var item = Assert.Single(await ItemsAsync(runId), i => i.RecordKind == CourseRegistrationRecordKind.KindKey);
        Assert.Equal(oldRegistration, item.RecordId);
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));
        await using var db = RawDb();
        Assert.Equal([youngRegistration], await db.CourseRegistrations.Select(r => r.Id).ToListAsync());
        Assert.Equal(2, await db.Courses.CountAsync()); // the catalogue holds no personal data and stays
    }

    [Fact]
    public async Task DefaultPolicy_DeletesTwelveMonthsAfterTheEndDate()
    {
        var policy = await PolicyAsync(CourseRegistrationRecordKind.KindKey);

        Assert.Equal((12, RetentionTrigger.EndDate, RetentionAction.Delete), (policy.PeriodMonths, policy.Trigger, policy.Action));
    }

    [Fact]
    public async Task AccessReportContributor_ListsThePersonsRegistrations_WithStatusAndDietaryWish()
    {
        var (old, _, _, _, person) = await ArrangeAsync();
        await using var db = RawDb();
        var householdId = await db.Persons.Where(p => p.Id == person).Select(p => p.HouseholdId).SingleAsync();

        var data = Assert.Single(await new CoursesAccessReportContributor().DataAsync(db, householdId, person, CancellationToken.None));
        var other = Assert.Single(await new CoursesAccessReportContributor().DataAsync(db, householdId, Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(CourseRegistrationRecordKind.KindKey, data.RecordKind);
        Assert.Equal(2, data.Rows.Count);
        var first = data.Rows[0];
        Assert.StartsWith($"Cursus {old.Title}", first.Label);
        Assert.Contains("Aangemeld", first.Value);
        Assert.Contains("dieetwens: vegetarisch", first.Value);
        Assert.Empty(other.Rows);
    }

    [Fact]
    public async Task AnonymisingAnEndedHousehold_DeletesItsPeoplesRegistrations()
    {
        var household = await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        Guid other;
        await using (var db = RawDb())
        {
            var course = await CourseTestData.AddAsync(db, CourseTestData.Input(new DateOnly(2026, 3, 1)));
            db.CourseRegistrations.Add(CourseRegistration.SignUp(course, household.Id, household.Persons[0].Id, 0, null, new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc)));
            var stays = await AddHouseholdAsync(null);
            var registration = CourseRegistration.SignUp(course, stays.Id, stays.Persons[0].Id, 1, null, new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc));
            db.CourseRegistrations.Add(registration);
            other = registration.Id;
            await db.SaveChangesAsync();
        }

        Today(new DateOnly(2026, 3, 10));
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(await PreviewAsync()));

        await using var check = RawDb();
        Assert.Equal([other], await check.CourseRegistrations.Select(r => r.Id).ToListAsync());
    }
}
