using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Members;

namespace PanteinExtra.Tests.Core.Courses;

public sealed class CourseCatalogueAndAttendanceTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private DateOnly Today => CourseTestData.Today(_host.Clock);

    private async Task<T> AsAsync<TService, T>(string role, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = _host.Scope();
        _host.User.As(role);
        return await work(_host.Get<TService>(scope));
    }

    [Fact]
    public async Task Administrator_CreatesACourse_ThatTheCallCentreSeesWithItsPlacesTaken()
    {
        var created = await AsAsync<CourseCatalogueService, Result<Guid>>(Roles.Administrator, s => s.CreateAsync(CourseTestData.Input(Today, capacity: 20)));

        Assert.True(created.Succeeded, created.Message);
        var list = await AsAsync<CourseCatalogueService, IReadOnlyList<CourseView>>(Roles.CallCentre, s => s.ListAsync());
        var course = Assert.Single(list);
        Assert.Equal(("0 van 20", 0), (course.PlacesTaken, course.Waiting));
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(DutchTime.ToDutch(course.StartsAtUtc)));
    }

    [Fact]
    public async Task Create_WithNoPlaces_OrADeadlineAfterTheStart_IsInvalidNextToTheField()
    {
        var noPlaces = CourseTestData.Input(Today, capacity: 0);
        var lateDeadline = CourseTestData.Input(Today, startsInDays: 10, deadlineInDays: 11);
        var endBeforeStart = CourseTestData.Input(Today);
        endBeforeStart.EndsAt = endBeforeStart.StartsAt!.Value.AddHours(-1);

        var first = await AsAsync<CourseCatalogueService, Result<Guid>>(Roles.Administrator, s => s.CreateAsync(noPlaces));
        var second = await AsAsync<CourseCatalogueService, Result<Guid>>(Roles.Administrator, s => s.CreateAsync(lateDeadline));
        var third = await AsAsync<CourseCatalogueService, Result<Guid>>(Roles.Administrator, s => s.CreateAsync(endBeforeStart));

        Assert.NotNull(first.ErrorFor(nameof(CourseInput.Capacity)));
        Assert.NotNull(second.ErrorFor(nameof(CourseInput.RegistrationDeadline)));
        Assert.NotNull(third.ErrorFor(nameof(CourseInput.EndsAt)));
        await using var db = _host.RawDb();
        Assert.Empty(await db.Courses.ToListAsync());
    }

    [Fact]
    public async Task Change_BelowTheNumberRegistered_IsRefused_AndCancel_ThenRefusesSignUps()
    {
        Course course;
        await using (var db = _host.RawDb())
        {
            course = await CourseTestData.AddAsync(db, CourseTestData.Input(Today, capacity: 5));
            var household = MemberBuilders.Household().WithHousemate("Els", "Jansen");
            db.Households.Add(household);
            db.CourseRegistrations.AddRange(household.Persons.Select(p => CourseRegistration.SignUp(course, household.Id, p.Id, 0, null, DateTime.UtcNow)));
            await db.SaveChangesAsync();
        }

        var input = CourseTestData.Input(Today, capacity: 1);
        input.ConcurrencyStamp = course.ConcurrencyStamp;
        var change = await AsAsync<CourseCatalogueService, Result>(Roles.Administrator, s => s.ChangeAsync(course.Id, input));
        var cancel = await AsAsync<CourseCatalogueService, Result>(Roles.Administrator, s => s.CancelAsync(course.Id, course.ConcurrencyStamp));

        Assert.Contains("al 2 aanmeldingen", change.ErrorFor(nameof(CourseInput.Capacity)));
        Assert.True(cancel.Succeeded, cancel.Message);
        var view = await AsAsync<CourseCatalogueService, CourseView?>(Roles.PrivacyOfficer, s => s.GetAsync(course.Id));
        Assert.True(view!.IsCancelled);
        Assert.Empty(await AsAsync<CourseCatalogueService, IReadOnlyList<CourseView>>(Roles.CallCentre, s => s.OpenForSignUpAsync()));
    }

    [Fact]
    public async Task Cancel_OfACourseThatStartedOrIsOver_IsRefused_AndItStaysAsItHappened()
    {
        Course past;
        await using (var db = _host.RawDb())
        {
            past = await CourseTestData.AddAsync(db, CourseTestData.Input(Today, startsInDays: -10, deadlineInDays: -20));
        }

        var cancel = await AsAsync<CourseCatalogueService, Result>(Roles.Administrator, s => s.CancelAsync(past.Id, past.ConcurrencyStamp));

        Assert.Equal((ResultStatus.Refused, Course.AlreadyStarted), (cancel.Status, cancel.Message));
        var view = await AsAsync<CourseCatalogueService, CourseView?>(Roles.PrivacyOfficer, s => s.GetAsync(past.Id));
        Assert.False(view!.IsCancelled);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task CatalogueEdits_RefuseEveryRoleButTheAdministrator(string role)
    {
        await using var scope = _host.Scope();
        _host.User.As(role);
        var service = _host.Get<CourseCatalogueService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.CreateAsync(CourseTestData.Input(Today)));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ChangeAsync(Guid.NewGuid(), CourseTestData.Input(Today)));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.CancelAsync(Guid.NewGuid(), Guid.Empty));
    }

    [Fact]
    public async Task Catalogue_RefusesSomeoneWithoutAStaffRole()
    {
        await using var scope = _host.Scope();
        _host.User.Anonymous();

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<CourseCatalogueService>(scope).ListAsync());
    }

    private async Task<(Course Course, Guid RegistrationId)> RegisteredAsync(int startsInDays)
    {
        await using var db = _host.RawDb();
        var course = await CourseTestData.AddAsync(db, CourseTestData.Input(Today, startsInDays: startsInDays, deadlineInDays: startsInDays - 1));
        var household = MemberBuilders.Household();
        db.Households.Add(household);
        var registration = CourseRegistration.SignUp(course, household.Id, household.Persons[0].Id, 0, null, DateTime.UtcNow);
        db.CourseRegistrations.Add(registration);
        await db.SaveChangesAsync();
        return (course, registration.Id);
    }

    [Fact]
    public async Task Attendance_BeforeTheStart_IsRefused_AndAfterwards_IsRecordedByTheAdministrator()
    {
        var (course, registrationId) = await RegisteredAsync(startsInDays: 2);

        var early = await AsAsync<CourseAttendanceService, Result>(Roles.Administrator, s => s.RecordAttendanceAsync(registrationId, Attendance.Present));
        _host.Clock.Advance(TimeSpan.FromDays(3));
        var late = await AsAsync<CourseAttendanceService, Result>(Roles.Administrator, s => s.RecordAttendanceAsync(registrationId, Attendance.Absent));

        Assert.Equal((ResultStatus.Refused, CourseRegistration.NotStarted), (early.Status, early.Message));
        Assert.True(late.Succeeded, late.Message);
        var details = await AsAsync<CourseAttendanceService, CourseDetails?>(Roles.Administrator, s => s.DetailsAsync(course.Id));
        Assert.Equal(Attendance.Absent, Assert.Single(details!.Registrations).Attendance);
        Assert.True(details.HasStarted);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task Attendance_RefusesEveryRoleButTheAdministrator(string role)
    {
        await using var scope = _host.Scope();
        _host.User.As(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<CourseAttendanceService>(scope).RecordAttendanceAsync(Guid.NewGuid(), Attendance.Present));
    }

    [Fact]
    public async Task TheListOfRegistrations_IsNotForTheCallCentre_AndEachHouseholdOnItIsLogged()
    {
        var (course, _) = await RegisteredAsync(startsInDays: 5);
        await using (var scope = _host.Scope())
        {
            _host.User.As(Roles.CallCentre);
            await Assert.ThrowsAsync<ForbiddenException>(() => _host.Get<CourseAttendanceService>(scope).DetailsAsync(course.Id));
        }

        await AsAsync<CourseAttendanceService, CourseDetails?>(Roles.Administrator, s => s.DetailsAsync(course.Id));

        var view = Assert.Single(await _host.EventsAsync(CoursesEventTypes.RegistrationsView), e => e.Outcome == PanteinExtra.Core.Auditing.AuditOutcome.Success);
        Assert.Equal(CourseAttendanceService.OrganisingPurpose, view.PurposeOfUse);
        Assert.NotNull(view.SubjectHouseholdId);
    }
}
