using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

public sealed class RequestDetailPageTests : CoreBackedComponentTest
{
    private RequestTestHousehold _home = default!;

    protected override IEnumerable<Type> CoreServices => [typeof(RequestService), typeof(FulfilmentService), typeof(ErasureService)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(Core);
        SignInAs(Roles.PrivacyOfficer);
    }

    private IRenderedComponent<RequestDetailPage> Render(Guid id) => Context.Render<RequestDetailPage>(p => p.Add(x => x.Id, id));

    [Fact]
    public async Task ChangesMadeForTheRequest_ReadAsDutchEventsAndFields_NotAsCodes()
    {
        Guid id;
        await using (var scope = Core.Scope())
        {
            id = await _home.InProgressAsync(Core.Get<RequestService>(scope), RequestType.Rectification, DutchTime.Today(Core.Clock));
            Assert.True((await Core.Get<RequestService>(scope).WorkOnHouseholdAsync(id)).Succeeded);
            var view = await Core.Get<HouseholdService>(scope).OpenAsync(_home.HouseholdId);
            var input = ContactDetailsInput.From(view.Details!);
            input.Street = "Hertogstraat";
            input.City = "Arnhem";
            Assert.True((await Core.Get<MemberDeskService>(scope).UpdateContactDetailsAsync(_home.HouseholdId, input)).Succeeded);
        }

        var page = Render(id);

        page.WaitForAssertion(() => Assert.Contains("Adres of contactgegevens gewijzigd", page.Find("[data-testid=request-changes]").TextContent));
        var changes = page.Find("[data-testid=request-changes]").TextContent;
        Assert.Contains("Plaats, straat", changes);
        Assert.DoesNotContain("Household:", changes);
        Assert.DoesNotContain("Street", changes);
        Assert.Contains("Geregistreerd via brief; aanvrager: de betrokkene zelf.", page.Find("[data-testid=timeline]").TextContent);
        Assert.Equal("in behandeling", page.Find("[data-testid=request-status]").TextContent.Trim());
    }

    [Fact]
    public async Task RecordingIdentityChecks_WithNoneTicked_ShowsCoresMessageInThePanel()
    {
        Guid id;
        await using (var scope = Core.Scope())
        {
            id = (await Core.Get<RequestService>(scope).RegisterAsync(_home.Input(RequestType.Access, DutchTime.Today(Core.Clock)))).Value!.Id;
        }

        var page = Render(id);
        page.WaitForElement("[data-testid=identity-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Kies welke controle is gelukt.", page.Find("[data-testid=identity-panel]").TextContent));
        Assert.Contains("nog geen", page.Markup);
    }

    /// <summary>A restriction in progress whose recipients (a processor and an insurer) have open notification tasks.</summary>
    private async Task<Guid> RestrictedWithOpenTasksAsync()
    {
        await Core.SeedRetentionPoliciesAsync();
        await using (var db = Core.RawDb())
        {
            var today = DutchTime.Today(Core.Clock);
            db.InsuranceDiscounts.Add(new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Insurer = "VGZ", StartDate = today.AddYears(-1) });
            var printer = new Processor { Name = "Drukkerij Maas B.V.", Country = "Nederland", Services = "drukwerk" };
            db.Processors.Add(printer);
            var policy = await db.RetentionPolicies.Where(p => p.RecordKind == PanteinExtra.Core.Retention.Kinds.HouseholdRecordKind.KindKey).Select(p => p.Id).SingleAsync();
            var activity = new ProcessingActivity();
            activity.Apply(new ActivityContent { Name = "Ledenadministratie", RetentionPolicyId = policy, ProcessorIds = [printer.Id] }, Core.Clock.GetUtcNow().UtcDateTime, "Beheerder");
            db.ProcessingActivities.Add(activity);
            await db.SaveChangesAsync();
        }

        await using var scope = Core.Scope();
        var id = await _home.InProgressAsync(Core.Get<RequestService>(scope), RequestType.Restriction, DutchTime.Today(Core.Clock));
        Assert.True((await Core.Get<FulfilmentService>(scope).RestrictAsync(id)).Succeeded);
        return id;
    }

    [Fact]
    public async Task NotificationTasks_ShowWhatKindOfRecipientEachIs_InDutch()
    {
        var page = Render(await RestrictedWithOpenTasksAsync());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=recipient-kind]").Count));
        Assert.Equal(["Verwerker", "Zorgverzekeraar"], page.FindAll("[data-testid=recipient-kind]").Select(k => k.TextContent.Trim()));
    }

    [Fact]
    public async Task Completing_WithOpenNotificationTasks_ShowsCoresRefusal_ThenClosesWithTheReasonField()
    {
        var page = Render(await RestrictedWithOpenTasksAsync());

        page.WaitForAssertion(() => Assert.Contains("2 kennisgevingen aan ontvangers staan nog open", page.Find("[data-testid=open-notifications]").TextContent));
        page.Find("[data-testid=complete]").Click();
        page.WaitForAssertion(() => Assert.Contains(RequestService.OpenNotificationsRefusal(2), page.Find("[data-testid=actions-panel]").TextContent));
        Assert.Equal("in behandeling", page.Find("[data-testid=request-status]").TextContent.Trim());

        page.Find("[data-testid=open-notifications-reason]").Input("De verwerker bevestigde telefonisch; de brief volgt.");
        page.Find("[data-testid=complete]").Click();
        page.WaitForAssertion(() => Assert.Equal("afgehandeld", page.Find("[data-testid=request-status]").TextContent.Trim()));
        Assert.Contains("Reden: De verwerker bevestigde telefonisch; de brief volgt.", page.Find("[data-testid=timeline]").TextContent);
    }

    [Fact]
    public async Task FetchingTheRecipients_ShowsTheCompletionActionTheOpenTasks_AtOnce()
    {
        await using (var db = Core.RawDb())
        {
            db.InsuranceDiscounts.Add(new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Insurer = "VGZ", StartDate = DutchTime.Today(Core.Clock).AddYears(-1) });
            await db.SaveChangesAsync();
        }

        Guid id;
        await using (var scope = Core.Scope())
        {
            id = await _home.InProgressAsync(Core.Get<RequestService>(scope), RequestType.Rectification, DutchTime.Today(Core.Clock));
        }

        var page = Render(id);
        page.WaitForElement("[data-testid=create-notifications]");
        Assert.Empty(page.FindAll("[data-testid=open-notifications]"));

        page.Find("[data-testid=create-notifications]").Click();

        page.WaitForAssertion(() => Assert.Contains("1 kennisgeving aan een ontvanger staat nog open", page.Find("[data-testid=open-notifications]").TextContent));
        Assert.Single(page.FindAll("[data-testid=open-notifications-reason]"));
    }
}
