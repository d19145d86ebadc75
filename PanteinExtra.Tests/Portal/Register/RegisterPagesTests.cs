using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Portal.Features.Register;
using PanteinExtra.Tests.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Register;

public sealed class RegisterPagesTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices =>
        [typeof(RegisterService), typeof(RegisterDetailsService), typeof(RegisterHistoryService), typeof(ProcessorService), typeof(IAuditLog),
            typeof(PanteinExtra.Core.Retention.RetentionPolicyService)];

    /// <summary>Query parameters reach a page through the address, as in the browser.</summary>
    private void Navigate(string uri) => Context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    private async Task<Guid> CreateAsync(ActivityContent content)
    {
        await using var scope = Core.Scope();
        return (await Core.Get<RegisterService>(scope).CreateAsync(content)).Value!.Id;
    }

    [Fact]
    public async Task RegisterPage_ListsActivities_WithWhatIsMissing_AndHidesEditingFromTheCallCentre()
    {
        SignInAs(Roles.Administrator);
        await CreateAsync(RegisterTestData.Complete("Ledenadministratie"));
        await CreateAsync(new ActivityContent { Name = "Ledenpanel" });

        SignInAs(Roles.CallCentre);
        var page = Context.Render<RegisterPage>();

        page.WaitForAssertion(() => Assert.Contains("Ledenpanel", page.Find("[data-testid=register-grid]").TextContent));
        Assert.Contains("11 ontbreken", page.Markup);
        Assert.Contains("1 van de 2 verwerkingen mist nog onderdelen", page.Markup);
        Assert.DoesNotContain("Nieuwe verwerking", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=register-export]"));
    }

    [Fact]
    public void RegisterPage_ForAnAdministrator_OffersNewExportAndImport()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<RegisterPage>();

        page.WaitForAssertion(() => Assert.Contains("Nieuwe verwerking", page.Markup));
        Assert.Equal("/register/export.xlsx", page.Find("[data-testid=register-export]").GetAttribute("href"));
        Assert.Contains("Importeren", page.Markup);
    }

    [Fact]
    public async Task EditPage_SavingCompleteWhileItemsMissing_ShowsTheDutchMessageNextToStatus_AndKeepsTheInput()
    {
        SignInAs(Roles.PrivacyOfficer);
        var id = await CreateAsync(new ActivityContent { Name = "Ledenpanel" });
        Navigate(RegisterDisplay.EditHref(id));
        var page = Context.Render<ActivityEditPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=activity-form]"));

        var model = page.FindComponent<ActivityForm>().Instance.Model;
        model.Owner = "Communicatie";
        model.Status = ActivityStatus.Complete;
        page.Find("[data-testid=activity-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Kan niet op 'Volledig' staan", page.Find("[data-testid=activity-form]").TextContent));
        Assert.Contains("Controleer de gemarkeerde velden", page.Find("[data-testid=result-invalid]").TextContent);
        Assert.Equal("Communicatie", page.FindComponent<ActivityForm>().Instance.Model.Owner);
        await using var scope = Core.Scope();
        Assert.Equal(1, (await Core.Get<RegisterService>(scope).GetAsync(id)).Version);
    }

    [Fact]
    public async Task EditPage_CoreMessages_StandUnderTheFieldTheyAreAbout()
    {
        SignInAs(Roles.PrivacyOfficer);
        var id = await CreateAsync(RegisterTestData.Complete() with { Status = ActivityStatus.Draft, Recipients = [] });
        Navigate(RegisterDisplay.EditHref(id));
        var page = Context.Render<ActivityEditPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=activity-form]"));

        var model = page.FindComponent<ActivityForm>().Instance.Model;
        model.Status = ActivityStatus.Complete;
        model.Owner = new string('x', RegisterLimits.ItemText + 1);
        page.Find("[data-testid=activity-save]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Kan niet op 'Volledig' staan zolang er onderdelen ontbreken: ontvangers.",
            page.Find("[data-testid=field-status]").Closest(".mud-input-control")!.TextContent));
        Assert.Contains(
            "Eigenaar / afdeling mag maximaal 4000 tekens lang zijn.",
            page.Find("[data-testid=field-owner]").Closest(".mud-input-control")!.TextContent);
        Assert.DoesNotContain("Kan niet op", page.Find("[data-testid=field-owner]").Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public async Task ProcessorEditPage_ShowsTheFieldRulesAsTyped_AndCoresRefusalOfADuplicateNameNextToTheName()
    {
        SignInAs(Roles.Administrator);
        await using (var scope = Core.Scope())
        {
            await Core.Get<ProcessorService>(scope).SaveAsync(null, new ProcessorInput { Name = "Drukkerij", Services = "Druk" }, Guid.Empty);
        }

        var page = Context.Render<ProcessorEditPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=processor-form]"));

        page.Find("[data-testid=field-processor-name]").Change("D");
        page.Find("[data-testid=field-processor-name]").Change(" ");
        page.WaitForAssertion(() => Assert.Contains("Naam is verplicht.", NameField().TextContent));

        page.Find("[data-testid=field-processor-name]").Change("Drukkerij");
        page.Find("[data-testid=field-processor-services]").Change("Druk en verzending");
        page.Find("[data-testid=processor-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Er is al een verwerker met deze naam.", NameField().TextContent));
        Assert.Contains("Controleer de gemarkeerde velden", page.Find("[data-testid=result-invalid]").TextContent);

        AngleSharp.Dom.IElement NameField() => page.Find("[data-testid=field-processor-name]").Closest(".mud-input-control")!;
    }

    [Fact]
    public async Task EditPage_WhenSomeoneSavedInBetween_RefusesInDutch_AndKeepsTheInput()
    {
        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var id = await CreateAsync(RegisterTestData.Complete());
        Navigate(RegisterDisplay.EditHref(id));
        var page = Context.Render<ActivityEditPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=activity-form]"));
        SignInAs(Roles.Administrator, "Ingrid Visser");
        await using (var scope = Core.Scope())
        {
            await Core.Get<RegisterService>(scope).UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "Financiën" });
        }

        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");
        page.FindComponent<ActivityForm>().Instance.Model.Source = "Het lid en zijn contactpersoon";
        page.Find("[data-testid=activity-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("intussen gewijzigd door Ingrid Visser", page.Find("[data-testid=result-conflict]").TextContent));
        Assert.Equal("Het lid en zijn contactpersoon", page.FindComponent<ActivityForm>().Instance.Model.Source);
        await using var check = Core.Scope();
        var stored = await Core.Get<RegisterService>(check).GetAsync(id);
        Assert.Equal((2, "Financiën", "Het lid zelf"), (stored.Version, stored.Content.Owner, stored.Content.Source));
    }

    [Fact]
    public async Task HistoryPage_ComparesTheLatestTwoVersions_ShowingOnlyTheDifferences()
    {
        SignInAs(Roles.Administrator, "Ingrid Visser");
        var id = await CreateAsync(RegisterTestData.Complete());
        await using (var scope = Core.Scope())
        {
            await Core.Get<RegisterService>(scope).UpdateAsync(id, 1, RegisterTestData.Complete() with { Owner = "Klantcontact" });
        }

        SignInAs(Roles.CallCentre);
        Navigate(RegisterDisplay.HistoryHref(id));
        var page = Context.Render<ActivityHistoryPage>();

        page.WaitForAssertion(() => Assert.Contains("Ingrid Visser", page.Find("[data-testid=history-table]").TextContent));
        var rows = page.FindAll("[data-testid=comparison-table] tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("Eigenaar / afdeling", row.TextContent);
        Assert.Contains("Ledenservice", row.TextContent);
        Assert.Contains("Klantcontact", row.TextContent);
    }

    [Fact]
    public async Task ActivityPage_ForAnActivityThatNeedsADpia_SaysWhetherAndWhenItWasDone()
    {
        SignInAs(Roles.Administrator);
        var id = await CreateAsync(RegisterTestData.Complete("Bemiddeling") with { DpiaRequired = true, DpiaCompletedOn = new DateOnly(2025, 11, 3) });

        SignInAs(Roles.CallCentre);
        Navigate(RegisterDisplay.ActivityHref(id));
        var page = Context.Render<ActivityPage>();

        page.WaitForAssertion(() => Assert.Equal("Uitgevoerd op 03-11-2025", page.Find("[data-testid=activity-dpia-state]").TextContent));
    }

    [Fact]
    public async Task ActivityPage_ForALinkedRetentionPolicy_NamesThePolicy_WithoutTheExportsIdHeader()
    {
        SignInAs(Roles.Administrator);
        var policy = new PanteinExtra.Core.Retention.RetentionPolicy
        {
            RecordKind = "call-note",
            Name = "Gespreksnotities",
            PeriodMonths = 12,
            UpdatedBy = "test",
            Ground = PanteinExtra.Core.Retention.RetentionGround.StrictlyNecessary,
            Motivation = "Nodig voor een volgend gesprek.",
        };
        await using (var db = Core.RawDb())
        {
            db.Add(policy);
            await db.SaveChangesAsync();
        }

        var policyId = policy.Id;

        var id = await CreateAsync(RegisterTestData.Complete("Klantcontact") with { RetentionPolicyId = policyId, RetentionPeriod = null });

        Navigate(RegisterDisplay.ActivityHref(id));
        var page = Context.Render<ActivityPage>();

        page.WaitForAssertion(() =>
        {
            var items = page.Find("[data-testid=activity-items]").TextContent;
            Assert.Contains("BewaarbeleidGespreksnotities", items.Replace(" ", "").Replace("\n", ""));
            Assert.DoesNotContain("(id)", items);
        });
    }

    [Fact]
    public async Task DetailsPage_ShowsJointControllersAndRepresentative_AsSaved()
    {
        SignInAs(Roles.PrivacyOfficer);
        await using (var scope = Core.Scope())
        {
            await Core.Get<RegisterDetailsService>(scope).UpdateDetailsAsync(
                new RegisterDetailsInput
                {
                    ControllerName = "Pantein Extra",
                    OfficerName = "FG Pantein",
                    OfficerEmail = "fg@example.nl",
                    JointControllers = "geen",
                    Representative = "geen",
                },
                Guid.Empty);
        }

        var page = Context.Render<RegisterDetailsPage>();

        page.WaitForAssertion(() => Assert.Contains("Gezamenlijke verwerkingsverantwoordelijken", page.Markup));
        var joint = page.Find("[data-testid=field-joint-controllers]");
        Assert.Equal("geen", joint.GetAttribute("value") ?? joint.TextContent.Trim());
        Assert.Contains("Vertegenwoordiger", page.Markup);
        Assert.Contains("art. 27 AVG", page.Markup);
    }
}
