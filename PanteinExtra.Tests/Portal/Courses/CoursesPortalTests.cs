using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Courses;
using PanteinExtra.Tests.Core.Courses;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Courses;

/// <summary>The household's courses panel (the agent on the call) and the catalogue page.</summary>
public sealed class CoursesPortalTests : CoreBackedComponentTest
{
    private Household _household = default!;
    private Course _withMeal = default!;
    private Course _withoutMeal = default!;

    protected override IEnumerable<Type> CoreServices =>
    [
        typeof(HouseholdService), typeof(CallerCheckService), typeof(CallContext), typeof(CourseRegistrationService),
        typeof(CourseCatalogueService), typeof(CourseAttendanceService),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _household = MemberBuilders.Household("Jan", "de", "Vries").WithHousemate("Els", "Vries");
        await using var db = Core.RawDb();
        db.Households.Add(_household);
        await db.SaveChangesAsync();
        var today = DutchTime.Today(Core.Clock);
        var meal = CourseTestData.Input(today, capacity: 12, meal: true);
        meal.Title = "Voorjaarslunch";
        _withMeal = await CourseTestData.AddAsync(db, meal);
        _withoutMeal = await CourseTestData.AddAsync(db, CourseTestData.Input(today, capacity: 20));
    }

    private async Task<IRenderedComponent<HouseholdCoursesPanel>> PanelAsync()
    {
        SignInAs(Roles.CallCentre);
        await CallAboutAsync(_household.Id);
        var view = await Context.Services.GetRequiredService<HouseholdService>().OpenAsync(_household.Id);
        return Context.Render<HouseholdCoursesPanel>(p => p.Add(x => x.View, view));
    }

    private static Task PickAsync(IRenderedComponent<HouseholdCoursesPanel> cut, string testId, Guid value)
    {
        var select = cut.FindComponents<MudSelect<Guid?>>().Single(s => s.Markup.Contains(testId, StringComparison.Ordinal));
        return cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value));
    }

    [Fact]
    public async Task Agent_SignsAPersonUpWithADietaryWish_TheFieldShowsOnlyForACourseWithAMeal_AndSignsOff()
    {
        var cut = await PanelAsync();
        cut.WaitForAssertion(() => cut.Find("[data-testid=course-sign-up-form]"));
        Assert.Contains("Niemand van dit huishouden", cut.Find("[data-testid=panel-courses]").TextContent);

        await PickAsync(cut, "course-pick", _withoutMeal.Id);
        Assert.Empty(cut.FindAll("[data-testid=course-dietary-wish]"));
        await PickAsync(cut, "course-pick", _withMeal.Id);
        await PickAsync(cut, "course-person", _household.Persons[1].Id);
        cut.WaitForAssertion(() => cut.Find("input[data-testid=course-dietary-wish]").Change("glutenvrij"));
        cut.Find("[data-testid=course-dietary-consent] input, input[data-testid=course-dietary-consent]").Change(true);
        cut.Find("[data-testid=course-sign-up]").Click();

        cut.WaitForAssertion(() => Assert.Contains("dieetwens: glutenvrij", cut.Find("[data-testid=courses-registrations]").TextContent));
        Assert.Contains("Els Vries", cut.Find("[data-testid=course-registration]").TextContent);
        Assert.Contains("Aangemeld", cut.Find("[data-testid=course-registration]").TextContent);

        cut.Find("[data-testid=course-sign-off]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Afgemeld", cut.Find("[data-testid=course-registration]").TextContent));
        Assert.DoesNotContain("glutenvrij", cut.Find("[data-testid=courses-registrations]").TextContent);
        await using var db = Core.RawDb();
        Assert.Null((await db.CourseRegistrations.SingleAsync()).DietaryWish);
    }

    [Fact]
    public async Task Panel_WithoutAVerifiedCallerWhoMayAct_OffersNoSignUp()
    {
        SignInAs(Roles.PrivacyOfficer);
        var view = await Context.Services.GetRequiredService<HouseholdService>().OpenAsync(_household.Id);

        var cut = Context.Render<HouseholdCoursesPanel>(p => p.Add(x => x.View, view));

        cut.WaitForAssertion(() => cut.Find("[data-testid=courses-none]"));
        Assert.Empty(cut.FindAll("[data-testid=course-sign-up-form]"));
    }

    [Fact]
    public async Task CataloguePage_ShowsPlacesTakenAndTheWaitingList_AndOnlyTheAdministratorMayEdit()
    {
        await using (var db = Core.RawDb())
        {
            var course = await db.Courses.SingleAsync(c => c.Id == _withMeal.Id);
            db.CourseRegistrations.Add(CourseRegistration.SignUp(course, _household.Id, _household.Persons[0].Id, 0, null, DateTime.UtcNow));
            db.CourseRegistrations.Add(CourseRegistration.SignUp(course, _household.Id, _household.Persons[1].Id, 12, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        SignInAs(Roles.CallCentre);
        var agent = Context.Render<CoursesPage>();
        agent.WaitForAssertion(() => Assert.Equal(2, agent.FindAll("[data-testid=course-row]").Count));
        var row = agent.FindAll("[data-testid=course-row]").Single(r => r.TextContent.Contains("Voorjaarslunch"));
        Assert.Equal("1 van 12", row.QuerySelector("[data-testid=course-places]")!.TextContent.Trim());
        Assert.Equal("1", row.QuerySelector("[data-testid=course-waiting]")!.TextContent.Trim());
        Assert.Empty(agent.FindAll("[data-testid=course-new]"));
        Assert.Empty(agent.FindAll("[data-testid=course-edit]"));

        SignInAs(Roles.Administrator);
        var admin = Context.Render<CoursesPage>();
        admin.WaitForAssertion(() => Assert.Equal(2, admin.FindAll("[data-testid=course-edit]").Count));
        Assert.Single(admin.FindAll("[data-testid=course-new]"));
    }
}
