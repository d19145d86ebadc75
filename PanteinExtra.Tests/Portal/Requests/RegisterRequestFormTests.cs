using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

public sealed class RegisterRequestFormTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RequestService)];

    private async Task<IntakeHousehold> HouseholdAsync()
    {
        var home = await RequestTestHousehold.CreateAsync(Core);
        await using var scope = Core.Scope();
        return (await Core.Get<RequestService>(scope).IntakeHouseholdAsync(home.HouseholdId, null))!;
    }

    [Fact]
    public async Task Submit_WithoutAType_ShowsADutchMessageNextToTheField_AndRegistersNothing()
    {
        SignInAs(Roles.CallCentre);
        var household = await HouseholdAsync();
        RequestSummary? registered = null;
        var form = Context.Render<RegisterRequestForm>(p => p
            .Add(f => f.Household, household)
            .Add(f => f.Today, DutchTime.Today(Core.Clock))
            .Add(f => f.DefaultChannel, ReceivedChannel.Phone)
            .Add(f => f.OnRegistered, r => registered = r));

        form.Find("[data-testid=intake-submit]").Click();

        form.WaitForAssertion(() => Assert.Contains("Kies de soort verzoek.", form.Markup));
        Assert.Null(registered);
    }

    [Fact]
    public async Task IntakeHousehold_ListsTheMainMemberFirst_AndMarksContactPersonsWithoutPermission()
    {
        SignInAs(Roles.CallCentre);
        var household = await HouseholdAsync();
        Assert.Contains(household.ContactPersons, c => !c.MaySubmitRequests && c.Name == "Piet Jansen");
        Assert.Contains(household.ContactPersons, c => c.MaySubmitRequests && c.Name == "Ellen van der Berg");
        Assert.Equal(PersonRole.MainMember, household.Persons[0].Role);
    }
}
