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
        page.Find("[data-testid=purpose-new-wording]").Input("Mag Pantein Extra u twee keer per jaar om uw mening vragen?");
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

        page.Find("[data-testid=purpose-code]").Input("Niet Goed!");
        page.Find("[data-testid=purpose-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("kleine letters, cijfers en streepjes", page.Find("[data-testid=purpose-form]").TextContent));
        Assert.Contains("Naam is verplicht.", page.Find("[data-testid=purpose-form]").TextContent);
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
        Assert.Contains("Naam, adres, telefoonnummer, e-mailadres, geboortedatum, lidnummer", alarm.TextContent);
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

        page.Find("[data-testid=provider-name]").Input("Tuinhulp Oost");
        page.Find("[data-testid=provider-region]").Input("Cuijk");
        page.Find("[data-testid=provider-services]").Input("tuinonderhoud, snoeien");
        page.Find("[data-testid=provider-save]").Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=provider-row]"), r => r.TextContent.Contains("Tuinhulp Oost")));
        Assert.Contains("tuinonderhoud, snoeien", page.FindAll("[data-testid=provider-row]").Single(r => r.TextContent.Contains("Tuinhulp Oost")).TextContent);
    }

    [Fact]
    public void ProvidersPage_ANameInUse_IsCoresMessageUnderTheNameField_AndGoesWhenTheNameChanges()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<ServiceProvidersPage>();
        page.Find("[data-testid=provider-new]").Click();
        page.Find("[data-testid=provider-name]").Input("Klusbedrijf Van Dijk");
        page.Find("[data-testid=provider-region]").Input("Boxmeer");
        page.Find("[data-testid=provider-services]").Input("klussendienst");

        page.Find("[data-testid=provider-save]").Click();

        var nameField = () => page.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "Naam");
        page.WaitForAssertion(() => Assert.Contains("Er is al een dienstverlener met deze naam.", nameField().Markup));
        Assert.DoesNotContain("Er is al een dienstverlener met deze naam.", page.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "Werkgebied").Markup);
        Assert.NotNull(page.Find("[data-testid=result-invalid]"));

        page.Find("[data-testid=provider-name]").Input("Klusbedrijf Van Dijk Noord");

        page.WaitForAssertion(() => Assert.DoesNotContain("Er is al een dienstverlener met deze naam.", nameField().Markup));
    }

    [Fact]
    public void ProvidersPage_APhoneNumberWithLetters_IsRefusedUnderThePhoneField_WhileTyping()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<ServiceProvidersPage>();
        page.Find("[data-testid=provider-new]").Click();

        page.Find("[data-testid=provider-phone]").Input("bel me");

        page.WaitForAssertion(() => Assert.Contains(
            "Een telefoonnummer bevat alleen cijfers", page.FindComponents<MudBlazor.MudTextField<string>>().Single(f => f.Instance.Label == "Telefoon").Markup));
    }
}
