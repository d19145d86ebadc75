using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>Issue 15, point 1: a subscription and the consent it rests on tell one story, on the day it changes too.</summary>
public sealed class SubscriptionConsentTests : IAsyncLifetime
{
    private readonly CoreTestHost _host = new();
    private TestHousehold _home = default!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(_host);
        _home = await ConsentTestData.SeedHouseholdAsync(_host);
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private DateOnly Today => DutchTime.Today(_host.Clock);

    private async Task GiveAsync(ConsentPurposeKind kind)
    {
        var purpose = await ConsentTestData.PurposeAsync(_host, kind);
        await using var scope = _host.Scope();
        _host.User.As(Roles.CallCentre, "Sanne de Jong");
        await _host.VerifiedCallAsync(scope, _home.Household.Id);
        var given = await _host.Get<ConsentService>(scope).GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Website));
        Assert.True(given.Succeeded, given.Message);
    }

    private async Task<Result> ChangeAsync(SubscriptionKind kind, bool on, CallerCheckInput? caller = null)
    {
        await using var scope = _host.Scope();
        _host.User.As(Roles.CallCentre, "Sanne de Jong");
        await _host.Get<CallerCheckService>(scope).RecordAsync(
            _home.Household.Id, caller ?? new CallerCheckInput(CallerKind.Member, IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber));
        return await _host.Get<MemberDeskService>(scope).ChangeSubscriptionAsync(_home.Household.Id, new SubscriptionChange(kind, _home.Main.Id, on));
    }

    private async Task<(HouseholdDetails Details, HouseholdConsentOverview Consents)> OpenAsync()
    {
        await using var scope = _host.Scope();
        await _host.VerifiedCallAsync(scope, _home.Household.Id);
        var details = (await _host.Get<HouseholdService>(scope).OpenAsync(_home.Household.Id)).Details!;
        return (details, await _host.Get<ConsentService>(scope).GetHouseholdAsync(_home.Household.Id));
    }

    private static ConsentStateView State(HouseholdConsentOverview consents, Guid personId, ConsentPurposeKind kind) =>
        consents.Persons.Single(p => p.PersonId == personId).States.Single(s => s.Kind == kind);

    private async Task<List<ConsentEvent>> EventsAsync()
    {
        await using var db = _host.RawDb();
        return await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == _home.Main.Id).OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public void Subscription_EndedToday_IsNoLongerActiveToday_ButWasYesterday()
    {
        var today = new DateOnly(2026, 3, 2);
        var subscription = new Subscription { Kind = SubscriptionKind.Newsletter, StartDate = new DateOnly(2025, 1, 1) };

        subscription.End(today);

        Assert.False(subscription.IsActiveOn(today));
        Assert.True(subscription.IsEndedBy(today));
        Assert.True(subscription.IsActiveOn(today.AddDays(-1)));
        Assert.False(Subscription.NotEndedBy(today).Compile()(subscription));
    }

    [Theory]
    [InlineData(SubscriptionKind.Newsletter, ConsentPurposeKind.Newsletter)]
    [InlineData(SubscriptionKind.OnlineMagazine, ConsentPurposeKind.OnlineMagazine)]
    [InlineData(SubscriptionKind.MembersPanel, ConsentPurposeKind.MembersPanel)]
    public async Task SigningOff_EndsTheSubscriptionToday_AndWithdrawsItsConsent_InOneStory(SubscriptionKind kind, ConsentPurposeKind purposeKind)
    {
        await GiveAsync(purposeKind);
        await ConsentTestData.SubscribeAsync(_host, _home.Main, kind, new DateOnly(2025, 1, 1));

        var result = await ChangeAsync(kind, on: false);

        Assert.True(result.Succeeded, result.Message);
        Assert.StartsWith("Afgemeld. Toestemming voor ‘", result.Message);
        Assert.EndsWith("’ ingetrokken.", result.Message);
        var (details, consents) = await OpenAsync();
        var subscription = Assert.Single(details.Subscriptions, s => s.Kind == kind && s.PersonId == _home.Main.Id);
        Assert.False(subscription.IsActive);
        Assert.Equal(Today, subscription.EndDate);
        var state = State(consents, _home.Main.Id, purposeKind);
        Assert.False(state.IsGiven);
        Assert.Equal(ConsentAction.Withdrawn, state.LastAction);
        var withdrawal = (await EventsAsync()).Last();
        Assert.Equal((ConsentAction.Withdrawn, ConsentChannel.Phone, ConsentGivenBy.Person, "Sanne de Jong"),
            (withdrawal.Action, withdrawal.Channel, withdrawal.GivenBy, withdrawal.RecordedByName));
    }

    [Fact]
    public async Task SigningOff_WithdrawsOnTheWordingThatWasGiven_AndIsAuditedWithTheCallsPurpose()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);
        await ConsentTestData.SubscribeAsync(_host, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));
        var given = Assert.Single(await EventsAsync());

        await ChangeAsync(SubscriptionKind.Newsletter, on: false);

        var withdrawal = (await EventsAsync()).Last();
        Assert.Equal((given.PurposeVersionId, 2), (withdrawal.PurposeVersionId, withdrawal.Sequence));
        await using var db = _host.RawDb();
        var audited = await db.AuditEvents.AsNoTracking()
            .Where(e => e.TargetId == withdrawal.Id.ToString()).SingleAsync();
        Assert.Equal(CoreTestHost.VerifiedCallPurpose, audited.PurposeOfUse);
    }

    [Fact]
    public async Task SigningUpAgainTheSameDay_IsActiveToday_AndGivesConsentOnTodaysWording()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);
        await ConsentTestData.SubscribeAsync(_host, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));
        await ChangeAsync(SubscriptionKind.Newsletter, on: false);

        var again = await ChangeAsync(SubscriptionKind.Newsletter, on: true);

        Assert.Equal("Aangemeld. Toestemming voor ‘Maandelijkse nieuwsbrief’ vastgelegd.", again.Message);
        var (details, consents) = await OpenAsync();
        Assert.Single(details.Subscriptions, s => s.Kind == SubscriptionKind.Newsletter && s.IsActive);
        var state = State(consents, _home.Main.Id, ConsentPurposeKind.Newsletter);
        Assert.True(state.IsGiven);
        Assert.Equal(state.CurrentVersion, state.Version);
        Assert.Equal(ConsentChannel.Phone, state.Channel);
    }

    [Fact]
    public async Task SigningUp_WhileConsentAlreadyStands_RecordsNoSecondDecision()
    {
        await GiveAsync(ConsentPurposeKind.Newsletter);

        var result = await ChangeAsync(SubscriptionKind.Newsletter, on: true);

        Assert.Equal("Aangemeld.", result.Message);
        Assert.Single(await EventsAsync());
    }

    [Fact]
    public async Task SigningOff_WithoutStandingConsent_OnlyEndsTheSubscription()
    {
        await ConsentTestData.SubscribeAsync(_host, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));

        var result = await ChangeAsync(SubscriptionKind.Newsletter, on: false);

        Assert.Equal("Afgemeld.", result.Message);
        Assert.Empty(await EventsAsync());
    }

    [Fact]
    public async Task ContactPersonWithoutThePermissionToDecideOnConsent_MayNotSignOff_AndNothingChanges()
    {
        var caretaker = new ContactPerson
        {
            HouseholdId = _home.Household.Id,
            Name = "Piet Zorg",
            Relation = "mantelzorger",
            Permissions = ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.ChangeDetails,
        };
        await using (var db = _host.RawDb())
        {
            db.ContactPersons.Add(caretaker);
            await db.SaveChangesAsync();
        }

        await GiveAsync(ConsentPurposeKind.Newsletter);
        await ConsentTestData.SubscribeAsync(_host, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));

        var result = await ChangeAsync(
            SubscriptionKind.Newsletter, on: false, new CallerCheckInput(CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber, caretaker.Id));

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Contains("mag geen toestemming geven of intrekken", result.Message);
        var (details, consents) = await OpenAsync();
        Assert.Single(details.Subscriptions, s => s.Kind == SubscriptionKind.Newsletter && s.IsActive);
        Assert.True(State(consents, _home.Main.Id, ConsentPurposeKind.Newsletter).IsGiven);
    }

    [Fact]
    public async Task ContactPersonWhoMayDecide_SigningOff_IsRecordedAsDecidedOnTheMembersBehalf()
    {
        var daughter = new ContactPerson
        {
            HouseholdId = _home.Household.Id,
            Name = "Marijke Jansen",
            Relation = "dochter",
            Permissions = ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.ChangeDetails
                | ContactPersonPermissions.GiveOrWithdrawConsent,
        };
        await using (var db = _host.RawDb())
        {
            db.ContactPersons.Add(daughter);
            await db.SaveChangesAsync();
        }

        await GiveAsync(ConsentPurposeKind.Newsletter);
        await ConsentTestData.SubscribeAsync(_host, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2025, 1, 1));

        var result = await ChangeAsync(
            SubscriptionKind.Newsletter, on: false, new CallerCheckInput(CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber, daughter.Id));

        Assert.True(result.Succeeded, result.Message);
        var withdrawal = (await EventsAsync()).Last();
        Assert.Equal((ConsentGivenBy.ContactPerson, daughter.Id, "Marijke Jansen (dochter)"),
            (withdrawal.GivenBy, withdrawal.ContactPersonId, withdrawal.ContactPersonName));
    }
}
