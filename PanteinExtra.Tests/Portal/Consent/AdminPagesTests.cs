using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Portal.Features.Consent;
using PanteinExtra.Portal.Features.Referrals;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Consent;

public sealed class AdminPagesTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices =>
        [typeof(ConsentPurposeService), typeof(ServiceProviderService), typeof(PanteinExtra.Core.Register.ProcessorService)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(Core);
    }

    [Fact]
    public void PurposesPage_AdministratorRewordsAPurpose_AndTheNewVersionIsShownWithTheOldOneKept()
    {
        SignInAs(Roles.Administrator, "Ingrid Visser");
        var page = Context.Render<ConsentPurposesPage>();
        page.WaitForElement("[data-code=ledenpanel]");
        var panel = () => page.Find("[data-code=ledenpanel]");

        panel().QuerySelector("[data-testid=purpose-reword]")!.Click();
        page.Find("[data-testid=purpose-new-wording]").Change("Mag Pantein Extra u twee keer per jaar om uw mening vragen?");
        page.Find("[data-testid=purpose-new-wording-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("twee keer per jaar", panel().QuerySelector("[data-testid=purpose-wording]")!.TextContent));
        Assert.Contains("versie 2", panel().TextContent);
        Assert.Contains("Eerdere versies (1)", panel().TextContent);
    }

    [Fact]
    public void PurposesPage_NewPurposeWithBadInput_ShowsDutchMessagesNextToTheFields()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<ConsentPurposesPage>();
        page.Find("[data-testid=purpose-new]").Click();

        page.Find("[data-testid=purpose-code]").Change("Niet Goed!");
        page.Find("[data-testid=purpose-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("kleine letters, cijfers en streepjes", page.Find("[data-testid=purpose-form]").TextContent));
        Assert.Contains("Vul een naam in", page.Find("[data-testid=purpose-form]").TextContent);
    }

    [Fact]
    public void PurposesPage_ForTheFg_IsReadOnly()
    {
        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<ConsentPurposesPage>();

        page.WaitForElement("[data-code=nieuwsbrief]");
        Assert.Empty(page.FindAll("[data-testid=purpose-new]"));
        Assert.Empty(page.FindAll("[data-testid=purpose-reword]"));
    }

    [Fact]
    public void ProvidersPage_ShowsWhatEachProviderReceives_AndTheAgreementStatus()
    {
        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<ServiceProvidersPage>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=provider-row]").Count));
        var alarm = page.FindAll("[data-testid=provider-row]").Single(r => r.TextContent.Contains("Zeker Thuis"));
        Assert.Contains("Naam, Adres, Telefoonnummer, E-mailadres, Geboortedatum, Lidnummer", alarm.TextContent);
        Assert.Contains("van toepassing", alarm.TextContent);
        Assert.Contains("niet gekoppeld aan het register", alarm.TextContent);
        Assert.Empty(page.FindAll("[data-testid=provider-new]"));
    }

    [Fact]
    public void ProvidersPage_AdministratorAddsAProvider_WithMessagesNextToTheFieldsFirst()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<ServiceProvidersPage>();
        page.Find("[data-testid=provider-new]").Click();
        page.Find("[data-testid=provider-save]").Click();
        page.WaitForAssertion(() => Assert.Contains("Noem ten minste één dienst", page.Find("[data-testid=provider-form]").TextContent));

        page.Find("[data-testid=provider-name]").Change("Tuinhulp Oost");
        page.Find("[data-testid=provider-region]").Change("Cuijk");
        page.Find("[data-testid=provider-services]").Change("tuinonderhoud, snoeien");
        page.Find("[data-testid=provider-save]").Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=provider-row]"), r => r.TextContent.Contains("Tuinhulp Oost")));
        Assert.Contains("tuinonderhoud, snoeien", page.FindAll("[data-testid=provider-row]").Single(r => r.TextContent.Contains("Tuinhulp Oost")).TextContent);
    }
}
