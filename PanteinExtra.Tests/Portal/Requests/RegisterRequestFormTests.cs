using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

public sealed class RegisterRequestFormTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RequestService), typeof(CallContext)];

    /// <summary>The intake household; an agent first checks the caller, in the component's own scope (the circuit's call).</summary>
    private async Task<IntakeHousehold> HouseholdAsync()
    {
        var home = await RequestTestHousehold.CreateAsync(Core);
        if (Core.User.Roles.Contains(Roles.CallCentre))
        {
            await CallAboutAsync(home.HouseholdId);
            return (await Context.Services.GetRequiredService<RequestService>().IntakeHouseholdAsync(home.HouseholdId))!;
        }

        await using var scope = Core.Scope();
        return (await Core.Get<RequestService>(scope).IntakeHouseholdAsync(home.HouseholdId))!;
    }

    private IRenderedComponent<RegisterRequestForm> Render(IntakeHousehold household, Action<RequestSummary> registered) =>
        Context.Render<RegisterRequestForm>(p => p
            .Add(f => f.Household, household)
            .Add(f => f.Today, DutchTime.Today(Core.Clock))
            .Add(f => f.DefaultChannel, ReceivedChannel.Phone)
            .Add(f => f.OnRegistered, registered));

    [Fact]
    public async Task Submit_WithoutAType_ShowsCoresMessageUnderTheTypeField_AndRegistersNothing()
    {
        SignInAs(Roles.CallCentre);
        var household = await HouseholdAsync();
        RequestSummary? registered = null;
        var form = Render(household, r => registered = r);

        form.Find("[data-testid=intake-submit]").Click();

        form.WaitForAssertion(() =>
        {
            var type = form.Find("[data-testid=intake-type]");
            Assert.Equal("true", type.GetAttribute("aria-invalid"));
            Assert.Equal("Kies de soort verzoek.", form.Find($"[id='{type.GetAttribute("aria-describedby")}']").TextContent);
        });
        Assert.Contains("Controleer de gemarkeerde velden.", form.Find("[data-testid=result-invalid]").TextContent);
        Assert.Null(registered);
    }

    [Fact]
    public async Task Submit_WithAType_RegistersTheRequestForTheMainMember()
    {
        SignInAs(Roles.CallCentre);
        var household = await HouseholdAsync();
        RequestSummary? registered = null;
        var form = Render(household, r => registered = r);
        var type = form.FindComponent<MudBlazor.MudSelect<RequestType?>>();

        await form.InvokeAsync(() => type.Instance.SelectOption(RequestType.Access));
        form.Find("[data-testid=intake-submit]").Click();

        form.WaitForAssertion(() => Assert.NotNull(registered));
        Assert.Equal(RequestType.Access, registered!.Type);
        Assert.Equal(household.Persons[0].Id, registered.PersonId);
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
