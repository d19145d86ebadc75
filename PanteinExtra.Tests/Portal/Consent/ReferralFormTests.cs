using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Portal.Features.Referrals;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Consent;

public sealed class ReferralFormTests : CoreBackedComponentTest
{
    private TestHousehold _home = default!;

    protected override IEnumerable<Type> CoreServices =>
        [typeof(ConsentService), typeof(ReferralService), typeof(ServiceProviderService), typeof(AuditContext)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(Core);
        _home = await ConsentTestData.SeedHouseholdAsync(Core);
        SignInAs(Roles.CallCentre, "Sanne de Jong");
        await CallAboutAsync(_home.Household.Id);
    }

    [Fact]
    public async Task WithoutConsent_ShowsExactlyWhatWouldBeShared_RefusesToRefer_AndOffersToRecordConsentOnTheCall()
    {
        var provider = await ConsentTestData.ProviderAsync(Core, "Thuiszorg Maasland");
        ReferralMade? made = null;
        var form = Context.Render<ReferralForm>(p => p
            .Add(c => c.Persons, [new ReferablePerson(_home.Main.Id, _home.Main.FullName)])
            .Add(c => c.OnReferred, (Result<ReferralMade> m) => made = m.Value));
        var selects = form.FindComponents<MudSelect<Guid?>>();
        await form.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync(_home.Main.Id));
        await form.InvokeAsync(() => selects[1].Instance.ValueChanged.InvokeAsync(provider.Id));

        form.WaitForElement("[data-testid=referral-no-consent]");
        var shared = form.Find("[data-testid=referral-shared-fields]").TextContent;
        Assert.Contains("Naam", shared);
        Assert.Contains("Wilhelmina van Jansen", shared);
        Assert.Contains("Steenstraat 12a, 5831JB Boxmeer", shared);
        Assert.Contains("06 1234 5678", shared);
        Assert.DoesNotContain("E-mailadres", shared);
        Assert.True(form.Find("[data-testid=referral-submit]").HasAttribute("disabled"));

        form.Find("[data-testid=referral-record-consent]").Click();
        Assert.Contains("Mag Pantein Extra uw naam", form.Find("[data-testid=consent-wording]").TextContent);
        form.Find("[data-testid=consent-submit]").Click();
        form.WaitForElement("[data-testid=referral-consent-ok]");
        await form.InvokeAsync(() => form.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("boodschappendienst"));
        form.Find("[data-testid=referral-submit]").Click();

        form.WaitForAssertion(() => Assert.NotNull(made));
        await using var db = Core.RawDb();
        var consent = await db.ConsentEvents.SingleAsync();
        Assert.Equal(ConsentChannel.Phone, consent.Channel);
        var disclosure = await db.Disclosures.SingleAsync();
        Assert.Equal(provider.Id, disclosure.RecipientId);
        Assert.Equal(consent.Id, disclosure.ConsentEventId);
    }
}
