using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Portal.Features.Members;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

/// <summary>Issue 15: the household page during one call, as an agent with a member on the line.</summary>
public sealed class DeskCallPageTests : CoreBackedComponentTest
{
    /// <summary>Each step reopens the household and reloads its panels: on a busy machine or PostgreSQL that takes a moment.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private TestHousehold _home = default!;

    protected override IEnumerable<Type> CoreServices =>
    [
        typeof(HouseholdService), typeof(CallerCheckService), typeof(CallContext), typeof(MemberDeskService), typeof(AuditLogService),
        typeof(IProcessingRestrictions), typeof(AuditContext), typeof(ConsentService), typeof(ConsentPurposeService),
        typeof(ConsentReceiptService), typeof(ReferralService), typeof(PanteinExtra.Core.Courses.CourseRegistrationService), typeof(PanteinExtra.Core.Courses.CourseCatalogueService), typeof(ServiceProviderService),
        typeof(PanteinExtra.Core.Requests.RequestService), typeof(ProtectedHouseholdService),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(Core);
        _home = await ConsentTestData.SeedHouseholdAsync(Core);
    }

    private async Task GiveAsync(ConsentPurposeKind kind)
    {
        var purpose = await ConsentTestData.PurposeAsync(Core, kind);
        await using var scope = Core.Scope();
        Core.User.As(Roles.CallCentre, "Sanne de Jong");
        await Core.VerifiedCallAsync(scope, _home.Household.Id);
        Assert.True((await Core.Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Website))).Succeeded);
    }

    /// <summary>The agent opens the household and records a verified caller (the member, date of birth and postcode).</summary>
    private IRenderedComponent<HouseholdPage> OpenInCall()
    {
        SignInAs(Roles.CallCentre, "Sanne de Jong");
        var cut = Context.Render<HouseholdPage>(p => p.Add(x => x.HouseholdId, _home.Household.Id));
        cut.WaitForElement("[data-testid=caller-check]", Patience);
        cut.Find("[data-testid=check-DateOfBirth] input, input[data-testid=check-DateOfBirth]").Change(true);
        cut.Find("[data-testid=check-PostcodeAndHouseNumber] input, input[data-testid=check-PostcodeAndHouseNumber]").Change(true);
        cut.Find("[data-testid=caller-check-record]").Click();

        // Every panel has loaded its own part (consents, referrals, requests) before the agent acts.
        cut.WaitForElement("[data-testid=panel-subscriptions]", Patience);
        cut.WaitForElement("[data-testid=consent-person]", Patience);
        cut.WaitForElement("[data-testid=referral-panel] [data-testid=referral-new]", Patience);
        cut.WaitForElement("[data-testid=household-requests]", Patience);
        return cut;
    }

    private static AngleSharp.Dom.IElement ConsentRow(IRenderedComponent<HouseholdPage> cut, Guid personId, string purpose) =>
        cut.FindAll("[data-testid=consent-person]").Single(p => p.GetAttribute("data-person") == personId.ToString())
            .QuerySelectorAll("[data-testid=consent-row]").Single(r => r.GetAttribute("data-purpose") == purpose);

    [Fact]
    public async Task NewsletterSwitchedOff_ReadsAfgemeld_AndTheConsentReadsWithdrawn_AlsoAfterAReRender()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);
        await ConsentTestData.SubscribeAsync(Core, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));
        var cut = OpenInCall();
        cut.WaitForAssertion(() => Assert.Contains("gegeven", ConsentRow(cut, _home.Main.Id, "Maandelijkse nieuwsbrief").TextContent), Patience);
        Assert.Contains("aangemeld", cut.Find("[data-testid=subscription-Newsletter-0]").TextContent);

        cut.Find("[data-testid=subscription-Newsletter-0-toggle] input").Change(false);

        cut.WaitForAssertion(() =>
        {
            var row = cut.Find("[data-testid=subscription-Newsletter-0]");
            Assert.Contains("afgemeld per", row.TextContent);
            Assert.Null(row.QuerySelector("input:checked"));
            Assert.Contains("ingetrokken", ConsentRow(cut, _home.Main.Id, "Maandelijkse nieuwsbrief").TextContent);
        }, Patience);

        // Any later re-render (here: the household reopened after another change) keeps telling the same story.
        cut.Find("[data-testid=subscription-OnlineMagazine-0-toggle] input").Change(true);
        cut.WaitForAssertion(() => Assert.Contains("gegeven", ConsentRow(cut, _home.Main.Id, "Online magazine").TextContent), Patience);
        var newsletter = cut.Find("[data-testid=subscription-Newsletter-0]");
        Assert.Contains("afgemeld per", newsletter.TextContent);
        Assert.Null(newsletter.QuerySelector("input:checked"));
        Assert.Contains("ingetrokken", ConsentRow(cut, _home.Main.Id, "Maandelijkse nieuwsbrief").TextContent);
    }

    [Theory]
    [InlineData("MembersPanel", "Ledenpanel")]
    [InlineData("OnlineMagazine", "Online magazine")]
    public void SwitchedOn_ReadsAangemeld_AndTheConsentReadsGiven(string kind, string purpose)
    {
        var cut = OpenInCall();

        cut.Find($"[data-testid=subscription-{kind}-0-toggle] input").Change(true);

        cut.WaitForAssertion(() =>
        {
            Assert.NotNull(cut.Find($"[data-testid=subscription-{kind}-0] input:checked"));
            Assert.Contains("gegeven", ConsentRow(cut, _home.Main.Id, purpose).TextContent);
        }, Patience);
    }

    [Fact]
    public async Task WithdrawingTheSharingConsent_FlagsTheOpenReferralOnScreenAtOnce()
    {
        await GiveAsync(ConsentPurposeKind.ReferralSharing);
        var provider = await ConsentTestData.ProviderAsync(Core, "Thuiszorg");
        await using (var scope = Core.Scope())
        {
            await Core.VerifiedCallAsync(scope, _home.Household.Id);
            Assert.True((await Core.Get<ReferralService>(scope).ReferAsync(new ReferralInput(_home.Main.Id, provider.Id, provider.Services[0]))).Succeeded);
        }

        var cut = OpenInCall();
        cut.WaitForElement("[data-testid=referral-row]", Patience);
        Assert.Empty(cut.FindAll("[data-testid=referral-flag]"));

        ConsentRow(cut, _home.Main.Id, "Gegevens delen met een dienstverlener bij doorverwijzing").QuerySelector("[data-testid=consent-withdraw]")!.Click();
        cut.Find("[data-testid=consent-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains(provider.Name, cut.Find("[data-testid=referral-flag]").TextContent), Patience);
        Assert.Contains("toestemming ingetrokken", cut.Find("[data-testid=referral-row]").TextContent);
    }

    [Fact]
    public async Task ConflictOnTheAddress_OpnieuwLaden_ShowsTheColleaguesValues_KeepsWhatTheAgentTyped_AndSavesWithoutANewCallerCheck()
    {
        var cut = OpenInCall();
        cut.Find("[data-testid=edit-contact-details]").Click();
        await using (var db = Core.RawDb())
        {
            (await db.Households.FindAsync(_home.Household.Id))!.City = "Beugen";
            await db.SaveChangesAsync();
        }

        cut.Find("[data-testid=field-city]").Input("Sambeek");
        cut.Find("[data-testid=save-contact-details]").Click();
        cut.WaitForElement("[data-testid=result-conflict]", Patience);

        cut.Find("[data-testid=conflict-reload]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Beugen", cut.Find("[data-testid=field-city]").GetAttribute("value")), Patience);
        Assert.Contains("U had ingevuld: Sambeek", cut.Find("[data-testid=panel-contact-details]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=conflict-reloaded]"));
        Assert.Empty(cut.FindAll("[data-testid=result-conflict]"));
        Assert.Empty(cut.FindAll("[data-testid=caller-check]"));
        Assert.DoesNotContain("U had ingevuld: Boxmeer", cut.Markup);

        cut.Find("[data-testid=field-city]").Input("Sambeek");
        cut.Find("[data-testid=save-contact-details]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Sambeek", cut.Find("[data-testid=household-address]").TextContent), Patience);
        await using var check = Core.RawDb();
        var saved = await check.Households.AsNoTracking().SingleAsync(h => h.Id == _home.Household.Id);
        Assert.Equal(("Sambeek", "0485 111 222"), (saved.City, saved.Phone));
        Assert.Single(await check.AuditEvents.AsNoTracking().Where(e => e.EventType == MembersEventTypes.CallerCheck && e.SubjectHouseholdId == _home.Household.Id
            && e.UserName == "Sanne de Jong" && e.Outcome == AuditOutcome.Success).ToListAsync());
    }

    [Fact]
    public async Task PrivacyRequestFromTheHousehold_UsesTheCallersCheckOfThisCall_WithoutTickingItAgain()
    {
        var household = OpenInCall();
        household.WaitForElement("[data-testid=household-requests]", Patience);

        // The household's link opens the intake inside the same circuit: the same call.
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(household.Find("[data-testid=register-request]").GetAttribute("href")!);
        var intake = Context.Render<PanteinExtra.Portal.Features.Requests.RegisterRequestPage>();

        intake.WaitForAssertion(() => Assert.Contains(
            "De bellercontrole van dit gesprek geldt ook voor dit verzoek: geboortedatum en postcode (geverifieerd).",
            intake.Find("[data-testid=intake-call-check]").TextContent), Patience);
        Assert.Empty(intake.FindAll("[data-testid=intake-form] input[type=checkbox]"));
        var type = intake.FindComponent<MudBlazor.MudSelect<PanteinExtra.Core.Requests.RequestType?>>();
        await intake.InvokeAsync(() => type.Instance.SelectOption(PanteinExtra.Core.Requests.RequestType.Access));
        intake.Find("[data-testid=intake-submit]").Click();

        intake.WaitForAssertion(() => Assert.Contains("Verzoek #1", intake.Find("[data-testid=request-registered]").TextContent), Patience);
        await using var db = Core.RawDb();
        var request = await db.DataSubjectRequests.AsNoTracking().SingleAsync();
        Assert.Equal(
            PanteinExtra.Core.Requests.RequestIdentityChecks.DateOfBirth | PanteinExtra.Core.Requests.RequestIdentityChecks.PostcodeAndHouseNumber,
            request.IdentityChecks);
        Assert.True(request.IdentityVerified);
        Assert.Single(await db.AuditEvents.AsNoTracking().Where(e => e.EventType == MembersEventTypes.CallerCheck).ToListAsync());
    }

    [Fact]
    public async Task ConflictOnAPerson_OpnieuwLaden_ShowsTheColleaguesName_AndKeepsWhatTheAgentTyped()
    {
        var cut = OpenInCall();
        cut.FindAll("[data-testid=edit-person]")[0].Click();
        await using (var db = Core.RawDb())
        {
            (await db.Persons.FindAsync(_home.Main.Id))!.FirstName = "Mien";
            await db.SaveChangesAsync();
        }

        cut.Find("[data-testid=field-first-name]").Input("Wil");
        cut.Find("[data-testid=save-person]").Click();
        cut.WaitForElement("[data-testid=result-conflict]", Patience);

        cut.Find("[data-testid=conflict-reload]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Mien", cut.Find("[data-testid=field-first-name]").GetAttribute("value")), Patience);
        Assert.Contains("U had ingevuld: Wil", cut.Find("[data-testid=person-edit]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=caller-check]"));
    }
}
