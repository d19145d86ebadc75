using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Portal.Features.Consent;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Consent;

public sealed class ConsentPanelTests : CoreBackedComponentTest
{
    private TestHousehold _home = default!;

    protected override IEnumerable<Type> CoreServices =>
        [typeof(ConsentService), typeof(ConsentReceiptService), typeof(ReferralService), typeof(ServiceProviderService), typeof(AuditContext)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(Core);
        _home = await ConsentTestData.SeedHouseholdAsync(Core);
        SignInAs(Roles.CallCentre, "Sanne de Jong");
        await CallAboutAsync(_home.Household.Id);
    }

    private async Task GiveAsync(ConsentPurposeKind kind)
    {
        var purpose = await ConsentTestData.PurposeAsync(Core, kind);
        await using var scope = Core.Scope();
        await Core.VerifiedCallAsync(scope, _home.Household.Id);
        var result = await Core.Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Website));
        Assert.True(result.Succeeded, result.Message);
    }

    private static IRenderedComponent<ConsentPanel> Row(IRenderedComponent<ConsentPanel> panel, string purpose, out AngleSharp.Dom.IElement row)
    {
        row = panel.FindAll("[data-testid=consent-person]").First().QuerySelectorAll("[data-testid=consent-row]").Single(r => r.GetAttribute("data-purpose") == purpose);
        return panel;
    }

    [Fact]
    public async Task Panel_ShowsEachMembersStatePerPurpose_WithWordingVersionAndChannel()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);

        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id)));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=consent-person]").Count));
        Row(panel, "Maandelijkse nieuwsbrief", out var row);
        Assert.Contains("gegeven", row.TextContent);
        Assert.Contains("v2", row.TextContent);
        Assert.Contains("website", row.TextContent);
        Assert.NotNull(row.QuerySelector("[data-testid=consent-withdraw]"));
        Row(panel, "Ledenpanel", out var notAsked);
        Assert.Contains("niet gevraagd", notAsked.TextContent);
        Assert.NotNull(notAsked.QuerySelector("[data-testid=consent-give]"));
    }

    [Fact]
    public async Task Withdraw_IsOneDecision_TheStateChangesAndTheSubscriptionEnds()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);
        var subscription = await ConsentTestData.SubscribeAsync(Core, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));
        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id)));
        panel.WaitForElement("[data-testid=consent-withdraw]");

        Row(panel, "Maandelijkse nieuwsbrief", out var row);
        row.QuerySelector("[data-testid=consent-withdraw]")!.Click();
        panel.Find("[data-testid=consent-submit]").Click();

        panel.WaitForAssertion(() =>
        {
            Row(panel, "Maandelijkse nieuwsbrief", out var after);
            Assert.Contains("ingetrokken", after.TextContent);
        });
        await using var db = Core.RawDb();
        Assert.Equal(DutchTime.Today(Core.Clock), (await db.Subscriptions.SingleAsync(s => s.Id == subscription.Id)).EndDate);
    }

    [Fact]
    public void Give_ThroughAContactPersonWithoutThePermission_ShowsTheMessageNextToTheField_AndRecordsNothing()
    {
        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id)));
        panel.WaitForElement("[data-testid=consent-give]");
        Row(panel, "Ledenpanel", out var row);
        row.QuerySelector("[data-testid=consent-give]")!.Click();
        var form = panel.FindComponent<ConsentDecisionForm>();
        Assert.Contains("enkele keren per jaar", panel.Find("[data-testid=consent-wording]").TextContent);

        var selects = form.FindComponents<MudBlazor.MudSelect<ConsentGivenBy>>();
        form.InvokeAsync(() => selects.Single().Instance.ValueChanged.InvokeAsync(ConsentGivenBy.ContactPerson));
        var contact = form.FindComponent<MudBlazor.MudSelect<Guid?>>();
        form.InvokeAsync(() => contact.Instance.ValueChanged.InvokeAsync(_home.Neighbour.Id));
        panel.Find("[data-testid=consent-submit]").Click();

        panel.WaitForAssertion(() => Assert.Contains("mag geen toestemming geven of intrekken", form.FindComponent<MudBlazor.MudSelect<Guid?>>().Markup));
        using var db = Core.RawDb();
        Assert.False(db.ConsentEvents.Any());
    }

    [Fact]
    public async Task History_AndReceipt_AreShownOnRequest()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);
        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id)));
        panel.WaitForElement("[data-testid=consent-history-toggle]");

        panel.Find("[data-testid=consent-history-toggle]").Click();
        panel.Find("[data-testid=consent-receipt]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Sanne de Jong", panel.Find("[data-testid=consent-history]").TextContent));
        panel.WaitForAssertion(() => Assert.StartsWith(
            "data:application/json", panel.Find("[data-testid=consent-receipt-download]").GetAttribute("href")));
        var ready = panel.Find("[data-testid=consent-receipt-ready]").TextContent;
        Assert.Contains("ISO/IEC TS 27560:2023", ready);
        Assert.Contains("1 registratie", ready);
        Assert.Contains("Maandelijkse nieuwsbrief", ready);
        Assert.Contains("toestemming gegeven", ready);
        Assert.Contains("1 gebeurtenis", ready);
        // The JSON's machine codes are for the download, not for the screen.
        Assert.DoesNotContain("dpv:", panel.Markup);
        Assert.DoesNotContain("website", ready);
    }

    [Fact]
    public async Task HistoryAndStates_NameChannelsAndWhoDecidedInDutch()
    {
        var purpose = await ConsentTestData.PurposeAsync(Core, ConsentPurposeKind.ReferralSharing);
        await using (var scope = Core.Scope())
        {
            await Core.VerifiedCallAsync(scope, _home.Household.Id);
            var result = await Core.Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(
                _home.Main.Id, purpose.Id, ConsentChannel.InPerson, ConsentGivenBy.ContactPerson, _home.Daughter.Id));
            Assert.True(result.Succeeded, result.Message);
        }

        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id)));
        panel.WaitForElement("[data-testid=consent-history-toggle]");
        panel.Find("[data-testid=consent-history-toggle]").Click();

        Row(panel, "Gegevens delen met een dienstverlener bij doorverwijzing", out var row);
        Assert.Contains("persoonlijk contact", row.TextContent);
        var history = panel.Find("[data-testid=consent-history]").TextContent;
        Assert.Contains("persoonlijk contact", history);
        Assert.Contains("contactpersoon Anja Jansen (dochter)", history);
        Assert.Contains("(hoofdlid)", panel.Find("[data-testid=consent-person]").TextContent);
        Assert.DoesNotContain("InPerson", panel.Markup);
        Assert.DoesNotContain("ContactPerson", panel.Markup);
        Assert.DoesNotContain("MainMember", panel.Markup);
    }

    [Fact]
    public async Task StateAtDate_ShowsWhatStoodAtTheEndOfThatDutchDay()
    {
        await GiveAsync(ConsentPurposeKind.MembersPanel);
        Core.Clock.Advance(TimeSpan.FromDays(10));
        var purpose = await ConsentTestData.PurposeAsync(Core, ConsentPurposeKind.MembersPanel);
        await using (var scope = Core.Scope())
        {
            await Core.VerifiedCallAsync(scope, _home.Household.Id);
            await Core.Get<ConsentService>(scope).WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));
        }

        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id)));
        var picker = panel.WaitForComponent<MudBlazor.MudDatePicker>();
        var given = DutchTime.ToDutch(Core.Clock.GetUtcNow().UtcDateTime.AddDays(-5)).Date;
        await panel.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(given));
        panel.Find("[data-testid=consent-state-at-show]").Click();

        panel.WaitForAssertion(() => Assert.Contains("gegeven", panel.Find("[data-testid=consent-state-at-result]").TextContent));
        Assert.Contains("Ledenpanel", panel.Find("[data-testid=consent-state-at-result]").TextContent);
        Assert.Contains(given.ToString("dd-MM-yyyy"), panel.Find("[data-testid=consent-state-at-result]").TextContent);
    }

    [Fact]
    public void Panel_ForAnUnknownHousehold_SaysSo()
    {
        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(Guid.NewGuid())));

        panel.WaitForElement("[data-testid=household-not-found]");
    }

    [Fact]
    public async Task Supervision_OffersNoDecision_OnlyTheStatesHistoryAndReceipt()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);
        SignInAs(Roles.PrivacyOfficer);

        var panel = Context.Render<ConsentPanel>(p => p.Add(c => c.View, OpenedHousehold(_home.Household.Id, readOnly: true)));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=consent-person]").Count));
        Assert.Empty(panel.FindAll("[data-testid=consent-withdraw]"));
        Assert.Empty(panel.FindAll("[data-testid=consent-give]"));
        Assert.NotEmpty(panel.FindAll("[data-testid=consent-receipt]"));
        await using var db = Core.RawDb();
        var read = await db.AuditEvents.Where(e => e.EventType == ConsentEventTypes.View).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal("toezicht door de FG", read.PurposeOfUse);
    }
}
