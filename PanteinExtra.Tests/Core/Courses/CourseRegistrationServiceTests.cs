using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Members;

namespace PanteinExtra.Tests.Core.Courses;

public sealed class CourseRegistrationServiceTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private DateOnly Today => CourseTestData.Today(_host.Clock);

    private async Task<Course> CourseAsync(int capacity = 20, bool meal = false, int startsInDays = 30, int deadlineInDays = 20, bool cancelled = false)
    {
        await using var db = _host.RawDb();
        return await CourseTestData.AddAsync(db, CourseTestData.Input(Today, capacity, meal, startsInDays, deadlineInDays), cancelled);
    }

    private async Task<Household> HouseholdAsync(string lastName = "Jansen")
    {
        var household = MemberBuilders.Household("Jan", null, lastName).WithHousemate("Els", lastName);
        await _host.AddAsync(household);
        return household;
    }

    /// <summary>A call about the household (verified member) and the sign-up of its main member, in a scope of its own.</summary>
    private async Task<Result> SignUpAsync(Household household, Course course, string? wish = null, bool consent = false, int person = 0)
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, household.Id);
        return await _host.Get<CourseRegistrationService>(scope).SignUpAsync(
            household.Id, new SignUpInput { CourseId = course.Id, PersonId = household.Persons[person].Id, DietaryWish = wish, DietaryWishConsent = consent });
    }

    private async Task<Result> SignOffAsync(Household household, Guid registrationId)
    {
        await using var scope = _host.Scope();
        await _host.CallAsync(scope, household.Id);
        return await _host.Get<CourseRegistrationService>(scope).SignOffAsync(household.Id, registrationId);
    }

    private async Task<List<CourseRegistration>> RegistrationsAsync(Guid courseId)
    {
        await using var db = _host.RawDb();
        return await db.CourseRegistrations.AsNoTracking().Where(r => r.CourseId == courseId).OrderBy(r => r.RegisteredAtUtc).ToListAsync();
    }

    [Fact]
    public async Task SignUp_ForAFullCourse_PutsThePersonOnTheWaitingListWithTheirPlace_AndASignOffPromotesTheFirstWaiting()
    {
        var course = await CourseAsync(capacity: 1);
        var (first, second, third) = (await HouseholdAsync("Aarts"), await HouseholdAsync("Bosman"), await HouseholdAsync("Claes"));

        Assert.Equal("Aangemeld voor Omgaan met de smartphone.", (await SignUpAsync(first, course)).Message);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("wachtlijst geplaatst als nummer 1", (await SignUpAsync(second, course)).Message);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("nummer 2", (await SignUpAsync(third, course)).Message);

        var registered = (await RegistrationsAsync(course.Id)).Single(r => r.HouseholdId == first.Id);
        var off = await SignOffAsync(first, registered.Id);

        Assert.True(off.Succeeded, off.Message);
        Assert.Contains("wachtlijst is nu aangemeld", off.Message);
        var after = (await RegistrationsAsync(course.Id)).ToDictionary(r => r.HouseholdId, r => r.Status);
        Assert.Equal(RegistrationStatus.SignedOff, after[first.Id]);
        Assert.Equal(RegistrationStatus.Registered, after[second.Id]);
        Assert.Equal(RegistrationStatus.WaitingList, after[third.Id]);
    }

    [Fact]
    public async Task ConcurrentSignUps_ForTheLastPlace_NeverOverbook_TheLaterOneWaits()
    {
        var course = await CourseAsync(capacity: 1);
        var households = new[] { await HouseholdAsync("Aarts"), await HouseholdAsync("Bosman"), await HouseholdAsync("Claes") };

        var results = await Task.WhenAll(households.Select(h => Task.Run(() => SignUpAsync(h, course))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        var registrations = await RegistrationsAsync(course.Id);
        Assert.Equal(3, registrations.Count);
        Assert.Single(registrations, r => r.Status == RegistrationStatus.Registered);
        Assert.Equal(2, registrations.Count(r => r.Status == RegistrationStatus.WaitingList));
    }

    [Fact]
    public async Task SignUp_AfterTheDeadline_IsRefusedWithTheDutchReason_AndNothingIsSaved()
    {
        var course = await CourseAsync(deadlineInDays: -1);
        var household = await HouseholdAsync();

        var result = await SignUpAsync(household, course);

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(Course.DeadlinePassed, result.Message);
        Assert.Empty(await RegistrationsAsync(course.Id));
    }

    [Fact]
    public async Task SignUp_OnTheDeadlineItself_IsTaken()
    {
        var course = await CourseAsync(deadlineInDays: 0);

        Assert.True((await SignUpAsync(await HouseholdAsync(), course)).Succeeded);
    }

    [Fact]
    public async Task SignUp_ForACancelledCourse_IsRefused()
    {
        var course = await CourseAsync(cancelled: true);

        var result = await SignUpAsync(await HouseholdAsync(), course);

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(Course.Cancelled, result.Message);
    }

    [Fact]
    public async Task SignUp_OfAPersonAlreadyRegistered_IsRefused_ButAHousemateCanJoin()
    {
        var course = await CourseAsync();
        var household = await HouseholdAsync();
        await SignUpAsync(household, course);

        Assert.Equal(CourseRegistrationService.AlreadySignedUp, (await SignUpAsync(household, course)).Message);
        Assert.True((await SignUpAsync(household, course, person: 1)).Succeeded);
    }

    [Fact]
    public async Task DietaryWish_ForACourseWithoutAMeal_IsRefusedNextToTheField()
    {
        var course = await CourseAsync(meal: false);

        var result = await SignUpAsync(await HouseholdAsync(), course, wish: "glutenvrij", consent: true);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(CourseRegistration.DietaryWishWithoutMeal, result.ErrorFor(nameof(SignUpInput.DietaryWish)));
        Assert.Empty(await RegistrationsAsync(course.Id));
    }

    [Fact]
    public async Task DietaryWish_WithoutExplicitConsent_IsRefused()
    {
        var course = await CourseAsync(meal: true);

        var result = await SignUpAsync(await HouseholdAsync(), course, wish: "glutenvrij", consent: false);

        Assert.Equal(CourseRegistration.DietaryWishNeedsConsent, result.ErrorFor(nameof(SignUpInput.DietaryWishConsent)));
    }

    [Fact]
    public async Task DietaryWish_IsKeptForAMeal_AndDeletedWithTheSignOff()
    {
        var course = await CourseAsync(meal: true);
        var household = await HouseholdAsync();
        Assert.True((await SignUpAsync(household, course, wish: "glutenvrij", consent: true)).Succeeded);
        var registration = Assert.Single(await RegistrationsAsync(course.Id));
        Assert.Equal("glutenvrij", registration.DietaryWish);

        Assert.True((await SignOffAsync(household, registration.Id)).Succeeded);

        var after = Assert.Single(await RegistrationsAsync(course.Id));
        Assert.Equal((RegistrationStatus.SignedOff, (string?)null), (after.Status, after.DietaryWish));
    }

    [Fact]
    public async Task SignUp_WithoutAVerifiedCaller_IsRefusedInCore_AndWithoutACallAtAll_Too()
    {
        var course = await CourseAsync();
        var household = await HouseholdAsync();
        var input = new SignUpInput { CourseId = course.Id, PersonId = household.Persons[0].Id };

        await using (var scope = _host.Scope())
        {
            await _host.CallAsync(scope, household.Id, checks: IdentityChecks.None);
            var unverified = await _host.Get<CourseRegistrationService>(scope).SignUpAsync(household.Id, input);
            Assert.Equal(ResultStatus.Refused, unverified.Status);
        }

        await using (var scope = _host.Scope())
        {
            _host.User.As(Roles.CallCentre, "Sanne de Jong");
            var noCall = await _host.Get<CourseRegistrationService>(scope).SignUpAsync(household.Id, input);
            Assert.Equal((ResultStatus.Refused, HouseholdAccessRules.RecordCallerFirst), (noCall.Status, noCall.Message));
        }

        await using (var scope = _host.Scope())
        {
            // A call about another household gives no ground for this one.
            var other = await HouseholdAsync("Claes");
            await _host.CallAsync(scope, other.Id);
            Assert.Equal(ResultStatus.Refused, (await _host.Get<CourseRegistrationService>(scope).SignUpAsync(household.Id, input)).Status);
        }

        Assert.Empty(await RegistrationsAsync(course.Id));
        Assert.Contains(await _host.EventsAsync(CoursesEventTypes.SignUp), e => e.Outcome == PanteinExtra.Core.Auditing.AuditOutcome.Denied);
    }

    [Fact]
    public async Task SignUp_IsAuditedWithThePurposeOfTheCall()
    {
        var course = await CourseAsync();
        var household = await HouseholdAsync();

        await SignUpAsync(household, course);

        var created = Assert.Single(await _host.EventsAsync(CoursesEventTypes.SignUp), e => e.Outcome == PanteinExtra.Core.Auditing.AuditOutcome.Success);
        Assert.Equal(PanteinExtra.Tests.TestInfrastructure.CoreTestHost.VerifiedCallPurpose, created.PurposeOfUse);
        Assert.Equal(household.Id, created.SubjectHouseholdId);
    }

    [Fact]
    public async Task ForHousehold_ShowsTheWaitingPosition_ToTheAgentOnTheCall()
    {
        var course = await CourseAsync(capacity: 1);
        var (first, second) = (await HouseholdAsync("Aarts"), await HouseholdAsync("Bosman"));
        await SignUpAsync(first, course);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        await SignUpAsync(second, course);

        await using var scope = _host.Scope();
        await _host.CallAsync(scope, second.Id);
        var line = Assert.Single(await _host.Get<CourseRegistrationService>(scope).ForHouseholdAsync(second.Id));

        Assert.Equal((RegistrationStatus.WaitingList, (int?)1, "Jan Bosman"), (line.Status, line.WaitingPosition, line.PersonName));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task SignUpAndSignOff_RefuseEveryRoleButTheCallCentre(string role)
    {
        var course = await CourseAsync();
        var household = await HouseholdAsync();
        await using var scope = _host.Scope();
        _host.User.As(role);
        var service = _host.Get<CourseRegistrationService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.SignUpAsync(household.Id, new SignUpInput { CourseId = course.Id, PersonId = household.Persons[0].Id }));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.SignOffAsync(household.Id, Guid.NewGuid()));
    }
}
