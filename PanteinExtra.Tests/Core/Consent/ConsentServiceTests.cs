using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Consent;

public sealed class ConsentServiceTests : CoreTestHost
{
    private TestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _home = await ConsentTestData.SeedHouseholdAsync(this);
        User.As(Roles.CallCentre, "Sanne de Jong");
    }

    private async Task<Result<ConsentDecisionOutcome>> GiveAsync(ConsentDecisionInput input)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        return await Get<ConsentService>(scope).GiveAsync(input);
    }

    private async Task<Result<ConsentDecisionOutcome>> WithdrawAsync(ConsentDecisionInput input)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        return await Get<ConsentService>(scope).WithdrawAsync(input);
    }

    [Fact]
    public async Task Give_ByPhone_RecordsChannelRecorderWordingVersionAndTime()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);

        var result = await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone, note: "gebeld over nieuwsbrief"));

        Assert.True(result.Succeeded, result.Message);
        await using var db = RawDb();
        var stored = await db.ConsentEvents.SingleAsync();
        Assert.Equal(ConsentAction.Given, stored.Action);
        Assert.Equal(ConsentChannel.Phone, stored.Channel);
        Assert.Equal("Sanne de Jong", stored.RecordedByName);
        Assert.Equal("test-callcentre", stored.RecordedByUserId);
        Assert.Equal(2, stored.PurposeVersion);
        Assert.Equal(purpose.Versions.Single(v => v.Version == 2).Id, stored.PurposeVersionId);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, stored.OccurredAtUtc);
        Assert.Equal(ConsentGivenBy.Person, stored.GivenBy);
        Assert.Equal("gebeld over nieuwsbrief", stored.Note);
        Assert.Equal(_home.Household.Id, stored.HouseholdId);
    }

    [Fact]
    public async Task Give_WhenAlreadyGivenOnTheCurrentWording_ReturnsFailure()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.MembersPanel);
        await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        var again = await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Email));

        Assert.False(again.Succeeded);
        Assert.Contains("al toestemming", again.Message);
    }

    [Fact]
    public async Task Withdraw_WhenNothingStands_ReturnsFailure()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.MembersPanel);

        var result = await WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        Assert.False(result.Succeeded);
        Assert.Contains("geen geldende toestemming", result.Message);
    }

    [Fact]
    public async Task Withdraw_Newsletter_EndsThatPersonsNewsletterToday_InDutchDate_AndNothingElse()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        var newsletter = await ConsentTestData.SubscribeAsync(this, _home.Main, SubscriptionKind.Newsletter, new DateOnly(2024, 1, 1));
        var panel = await ConsentTestData.SubscribeAsync(this, _home.Main, SubscriptionKind.MembersPanel, new DateOnly(2024, 1, 1));
        var housemates = await ConsentTestData.SubscribeAsync(this, _home.Housemate, SubscriptionKind.Newsletter, new DateOnly(2024, 1, 1));
        await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Website));
        // 23:30 UTC on 2 March is already 3 March in the Netherlands.
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero));

        var result = await WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        Assert.True(result.Succeeded, result.Message);
        var consequence = Assert.Single(result.Value!.Consequences);
        Assert.Equal("Subscription", consequence.Kind);
        Assert.Equal(1, consequence.Count);
        Assert.Equal("Aanmelding beëindigd per 03-03-2026: nieuwsbrief.", consequence.Description);
        Assert.Equal("Toestemming ingetrokken.", result.Message);
        await using var db = RawDb();
        Assert.Equal(new DateOnly(2026, 3, 3), (await db.Subscriptions.FindAsync(newsletter.Id))!.EndDate);
        Assert.Null((await db.Subscriptions.FindAsync(panel.Id))!.EndDate);
        Assert.Null((await db.Subscriptions.FindAsync(housemates.Id))!.EndDate);
    }

    [Fact]
    public async Task Withdraw_IsRecordedOnTheWordingThatWasGiven()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Website));
        User.As(Roles.Administrator);
        await using (var scope = Scope())
        {
            var details = (await Get<ConsentPurposeService>(scope).ListAsync()).Single(p => p.Id == purpose.Id);
            var changed = await Get<ConsentPurposeService>(scope).ChangeWordingAsync(
                purpose.Id,
                new PurposeWordingInput { ConcurrencyStamp = details.ConcurrencyStamp, Wording = "Een nieuwe tekst voor de maandelijkse nieuwsbrief, versie drie." });
            Assert.True(changed.Succeeded, changed.Message);
        }

        User.As(Roles.CallCentre);
        var result = await WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        Assert.Equal(2, result.Value!.Event.PurposeVersion);
    }

    [Fact]
    public async Task Give_ByContactPersonWithConsentPermission_RecordsWhoActed()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.ReferralSharing);

        var result = await GiveAsync(new ConsentDecisionInput(
            _home.Main.Id, purpose.Id, ConsentChannel.Phone, ConsentGivenBy.ContactPerson, _home.Daughter.Id));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(_home.Daughter.Id, result.Value!.Event.ContactPersonId);
        Assert.Equal("Anja Jansen (dochter)", result.Value.Event.ContactPersonName);
        Assert.Equal(ConsentGivenBy.ContactPerson, result.Value.Event.GivenBy);
    }

    [Fact]
    public async Task Give_ByContactPersonWithoutConsentPermission_IsRefusedAtTheField()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.ReferralSharing);

        var result = await GiveAsync(new ConsentDecisionInput(
            _home.Main.Id, purpose.Id, ConsentChannel.Phone, ConsentGivenBy.ContactPerson, _home.Neighbour.Id));

        Assert.False(result.Succeeded);
        Assert.Contains("mag geen toestemming", result.FieldErrors[nameof(ConsentDecisionInput.ContactPersonId)]);
        await using var db = RawDb();
        Assert.False(await db.ConsentEvents.AnyAsync());
    }

    [Fact]
    public async Task Give_ByContactPersonOfAnotherHousehold_IsRefused()
    {
        var other = await ConsentTestData.SeedHouseholdAsync(this, "0099999");
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.ReferralSharing);

        var result = await GiveAsync(new ConsentDecisionInput(
            _home.Main.Id, purpose.Id, ConsentChannel.Phone, ConsentGivenBy.ContactPerson, other.Daughter.Id));

        Assert.Contains("hoort niet bij dit huishouden", result.FieldErrors[nameof(ConsentDecisionInput.ContactPersonId)]);
    }

    [Fact]
    public async Task GetStatesAt_ReconstructsTheStateAtEveryPastMoment()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.MembersPanel);
        var t0 = Clock.GetUtcNow().UtcDateTime;
        Clock.Advance(TimeSpan.FromDays(1));
        var given = (await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Paper))).Value!.Event.OccurredAtUtc;
        Clock.Advance(TimeSpan.FromDays(30));
        var withdrawn = (await WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone))).Value!.Event.OccurredAtUtc;
        Clock.Advance(TimeSpan.FromDays(60));
        var again = (await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Email))).Value!.Event.OccurredAtUtc;

        async Task<ConsentStateView> At(DateTime at)
        {
            await using var scope = Scope();
            await VerifiedCallAsync(scope, _home.Household.Id);
            var persons = await Get<ConsentService>(scope).GetStatesAtAsync(_home.Household.Id, at);
            return persons.Single(p => p.PersonId == _home.Main.Id).States.Single(s => s.PurposeId == purpose.Id);
        }

        Assert.Null((await At(t0)).LastAction);
        Assert.False((await At(given.AddTicks(-10))).IsGiven);
        var atGiven = await At(given);
        Assert.True(atGiven.IsGiven);
        Assert.Equal(ConsentChannel.Paper, atGiven.Channel);
        Assert.True((await At(withdrawn.AddSeconds(-1))).IsGiven);
        var afterWithdrawal = await At(withdrawn.AddDays(1));
        Assert.False(afterWithdrawal.IsGiven);
        Assert.Equal(ConsentAction.Withdrawn, afterWithdrawal.LastAction);
        Assert.Equal(withdrawn, afterWithdrawal.SinceUtc);
        var now = await At(again.AddDays(1));
        Assert.True(now.IsGiven);
        Assert.Equal(ConsentChannel.Email, now.Channel);
        Assert.Equal(again, now.SinceUtc);
    }

    [Fact]
    public async Task GetHousehold_ShowsCurrentStateAndNewestFirstHistory_AndIsAuditedWithThePurposeOfUse()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.MembersPanel);
        await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Paper));
        Clock.Advance(TimeSpan.FromHours(1));
        await WithdrawAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        HouseholdConsentOverview overview;
        await using (var scope = Scope())
        {
            await VerifiedCallAsync(scope, _home.Household.Id);
            overview = await Get<ConsentService>(scope).GetHouseholdAsync(_home.Household.Id);
        }

        var main = overview.Persons.Single(p => p.PersonId == _home.Main.Id);
        Assert.False(main.States.Single(s => s.PurposeId == purpose.Id).IsGiven);
        Assert.Equal([ConsentAction.Withdrawn, ConsentAction.Given], main.History.Select(h => h.Action));
        Assert.Equal(5, overview.Purposes.Count);
        Assert.Contains(overview.ContactPersons, c => c.Id == _home.Daughter.Id && c.MayDecideOnConsent);
        Assert.Contains(overview.ContactPersons, c => c.Id == _home.Neighbour.Id && !c.MayDecideOnConsent);
        await using var db = RawDb();
        var view = await db.AuditEvents.SingleAsync(e => e.EventType == ConsentEventTypes.View);
        Assert.Equal(VerifiedCallPurpose, view.PurposeOfUse);
        Assert.Equal(_home.Household.Id, view.SubjectHouseholdId);
        var write = await db.AuditEvents.Where(e => e.EventType == "ConsentEvent:Create").ToListAsync();
        Assert.Equal(2, write.Count);
        Assert.All(write, e => Assert.Equal(VerifiedCallPurpose, e.PurposeOfUse));
        Assert.All(write, e => Assert.Equal(_home.Main.Id, e.SubjectPersonId));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    public async Task EveryOperation_RefusesRolesWithoutConsentWork_AndAuditsTheDenial(string role)
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        User.As(role);
        await using var scope = Scope();
        var service = Get<ConsentService>(scope);
        var input = new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.GetHouseholdAsync(_home.Household.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.GetStatesAtAsync(_home.Household.Id, DateTime.UtcNow));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.GiveAsync(input));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.WithdrawAsync(input));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ConsentReceiptService>(scope).ExportAsync(_home.Main.Id));

        await using var db = RawDb();
        Assert.Equal(5, await db.AuditEvents.CountAsync(e => e.Outcome == AuditOutcome.Denied && e.UserRole == role));
        Assert.False(await db.ConsentEvents.AnyAsync());
    }

    [Fact]
    public async Task ConsentWork_IsOpenToAnAgentWithAVerifiedCaller()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);

        var result = await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task ConsentEvents_AreAppendOnly_TheDatabaseRefusesAnUpdate()
    {
        var purpose = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.Newsletter);
        await GiveAsync(new ConsentDecisionInput(_home.Main.Id, purpose.Id, ConsentChannel.Phone));

        await using var db = RawDb();
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"ConsentEvents\" SET \"Action\" = 'Withdrawn'"));
        Assert.Contains("append-only", error.Message);
    }
}
