using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Referrals;

public sealed class ReferralServiceTests : CoreTestHost
{
    private TestHousehold _home = default!;
    private ServiceProvider _help = default!;
    private ConsentPurpose _sharing = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _home = await ConsentTestData.SeedHouseholdAsync(this);
        _help = await ConsentTestData.ProviderAsync(this, "Thuiszorg Maasland");
        _sharing = await ConsentTestData.PurposeAsync(this, ConsentPurposeKind.ReferralSharing);
        User.As(Roles.CallCentre, "Sanne de Jong");
    }

    private async Task<T> Referrals<T>(Func<ReferralService, Task<T>> action)
    {
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        return await action(Get<ReferralService>(scope));
    }

    private async Task<Result<ConsentDecisionOutcome>> ConsentAsync(ConsentAction action)
    {
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);
        var input = new ConsentDecisionInput(_home.Main.Id, _sharing.Id, ConsentChannel.Phone);
        var service = Get<ConsentService>(scope);
        var result = action == ConsentAction.Given ? await service.GiveAsync(input) : await service.WithdrawAsync(input);
        Assert.True(result.Succeeded, result.Message);
        return result;
    }

    private ReferralInput Input(string service = "huishoudelijke hulp") => new(_home.Main.Id, _help.Id, service, "wil hulp op dinsdag");

    [Fact]
    public async Task Refer_WithoutConsent_IsRefused_NothingIsShared_AndTheRefusalIsAudited()
    {
        var result = await Referrals(s => s.ReferAsync(Input()));

        Assert.False(result.Succeeded);
        Assert.Contains("geen geldige toestemming", result.Message);
        await using var db = RawDb();
        Assert.False(await db.Referrals.AnyAsync());
        Assert.False(await db.Disclosures.AnyAsync());
        var denied = await db.AuditEvents.SingleAsync(e => e.EventType == ReferralEventTypes.Create);
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal(_home.Main.Id, denied.SubjectPersonId);
        Assert.Contains("no-consent", denied.Details);
    }

    [Fact]
    public async Task Refer_WithConsent_RecordsTheReferralAndWhatWasSharedWithWhomAndWhen()
    {
        var consent = await ConsentAsync(ConsentAction.Given);

        var result = await Referrals(s => s.ReferAsync(Input()));

        Assert.True(result.Succeeded, result.Message);
        await using var db = RawDb();
        var referral = await db.Referrals.SingleAsync();
        Assert.Equal(ReferralStatus.Open, referral.Status);
        Assert.Equal("huishoudelijke hulp", referral.Service);
        Assert.Equal(consent.Value!.Event.Id, referral.ConsentEventId);
        var disclosure = await db.Disclosures.SingleAsync();
        Assert.Equal(_home.Main.Id, disclosure.PersonId);
        Assert.Equal(_help.Id, disclosure.RecipientId);
        Assert.Equal(_help.Name, disclosure.RecipientName);
        Assert.Equal(referral.Id, disclosure.ReferralId);
        Assert.Equal(SharedDataField.Name | SharedDataField.Address | SharedDataField.Phone, disclosure.Fields);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, disclosure.DisclosedAtUtc);
        Assert.Equal("Sanne de Jong", disclosure.DisclosedByName);
        Assert.Equal(ReferralService.ConsentLegalBasis, disclosure.LegalBasis);
        Assert.Equal(consent.Value.Event.Id, disclosure.ConsentEventId);
    }

    [Fact]
    public async Task Refer_ForAHousemateWithoutTheirOwnConsent_IsRefused()
    {
        await ConsentAsync(ConsentAction.Given);

        var result = await Referrals(s => s.ReferAsync(Input() with { PersonId = _home.Housemate.Id }));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Withdrawal_BlocksTheNextReferral_AndFlagsTheOpenOneForTheAgent()
    {
        await ConsentAsync(ConsentAction.Given);
        var first = await Referrals(s => s.ReferAsync(Input()));
        Clock.Advance(TimeSpan.FromDays(2));

        var withdrawal = await ConsentAsync(ConsentAction.Withdrawn);
        var next = await Referrals(s => s.ReferAsync(Input("boodschappendienst")));

        var consequence = Assert.Single(withdrawal.Value!.Consequences);
        Assert.Equal(1, consequence.Count);
        Assert.False(next.Succeeded);
        var household = await Referrals(s => s.GetHouseholdAsync(_home.Household.Id));
        var flagged = Assert.Single(household.Referrals);
        Assert.Equal(2, household.Persons.Count);
        Assert.Equal(first.Value!.ReferralId, flagged.Id);
        Assert.True(flagged.NeedsAttention);
        Assert.Equal(withdrawal.Value.Event.OccurredAtUtc, flagged.ConsentWithdrawnAtUtc);
    }

    [Fact]
    public async Task Withdrawal_DoesNotFlagClosedReferrals()
    {
        await ConsentAsync(ConsentAction.Given);
        var made = await Referrals(s => s.ReferAsync(Input()));
        var stamp = (await Referrals(s => s.GetHouseholdAsync(_home.Household.Id))).Referrals.Single().ConcurrencyStamp;
        var closed = await Referrals(s => s.CloseAsync(made.Value!.ReferralId, stamp, ReferralStatus.Completed));
        Assert.True(closed.Succeeded, closed.Message);

        var withdrawal = await ConsentAsync(ConsentAction.Withdrawn);

        Assert.Equal(0, withdrawal.Value!.Consequences.Single().Count);
        Assert.False((await Referrals(s => s.GetHouseholdAsync(_home.Household.Id))).Referrals.Single().NeedsAttention);
    }

    [Fact]
    public async Task Refer_AfterConsentIsGivenAgain_IsAllowedAgain()
    {
        await ConsentAsync(ConsentAction.Given);
        await ConsentAsync(ConsentAction.Withdrawn);
        Assert.False((await Referrals(s => s.ReferAsync(Input()))).Succeeded);

        await ConsentAsync(ConsentAction.Given);

        Assert.True((await Referrals(s => s.ReferAsync(Input()))).Succeeded);
    }

    [Fact]
    public async Task Preview_ShowsExactlyTheProvidersFieldsWithTheValuesThatWouldBeShared()
    {
        var preview = await Referrals(s => s.PreviewAsync(_home.Main.Id, _help.Id));

        Assert.Equal([SharedDataField.Name, SharedDataField.Address, SharedDataField.Phone], preview.Fields.Select(f => f.Field));
        Assert.Equal("Wilhelmina van Jansen", preview.Fields[0].Value);
        Assert.Equal("Steenstraat 12a, 5831JB Boxmeer", preview.Fields[1].Value);
        Assert.Equal("06 1234 5678", preview.Fields[2].Value);
        Assert.False(preview.HasValidConsent);
        Assert.Equal(_sharing.Id, preview.ConsentPurposeId);
        Assert.StartsWith("Mag Pantein Extra uw naam", preview.ConsentWording);
        Assert.Equal(ProcessingAgreementState.NotLinkedToRegister, preview.AgreementState);
        await using var db = RawDb();
        var read = await db.AuditEvents.SingleAsync(e => e.EventType == ReferralEventTypes.Preview);
        Assert.Equal(VerifiedCallPurpose, read.PurposeOfUse);
        Assert.DoesNotContain("Jansen", read.Details);
    }

    [Fact]
    public async Task Refer_ToAServiceTheProviderDoesNotOffer_IsRefusedAtTheField()
    {
        await ConsentAsync(ConsentAction.Given);

        var result = await Referrals(s => s.ReferAsync(Input("tuinonderhoud")));

        Assert.Contains("dienst", result.FieldErrors[nameof(ReferralInput.Service)]);
    }

    [Fact]
    public async Task Refer_ToAnInactiveProvider_IsRefused()
    {
        await ConsentAsync(ConsentAction.Given);
        var inactive = await ConsentTestData.ProviderAsync(this, "Vervoersdienst");

        var result = await Referrals(s => s.ReferAsync(new ReferralInput(_home.Main.Id, inactive.Id, "vervoer")));

        Assert.Contains("niet meer", result.FieldErrors[nameof(ReferralInput.ServiceProviderId)]);
    }

    [Fact]
    public async Task RecipientsOf_ListsEveryRecipientOfThePersonsData_WithFieldsAndDates()
    {
        await ConsentAsync(ConsentAction.Given);
        var alarm = await ConsentTestData.ProviderAsync(this, "Personenalarmering");
        await Referrals(s => s.ReferAsync(Input()));
        var firstAt = Clock.GetUtcNow().UtcDateTime;
        Clock.Advance(TimeSpan.FromDays(10));
        await Referrals(s => s.ReferAsync(Input("boodschappendienst")));
        await Referrals(s => s.ReferAsync(new ReferralInput(_home.Main.Id, alarm.Id, "personenalarmering")));

        var recipients = await Referrals(s => s.RecipientsOfAsync(_home.Main.Id));

        Assert.Equal(2, recipients.Count);
        var help = recipients.Single(r => r.RecipientId == _help.Id);
        Assert.Equal(2, help.Disclosures);
        Assert.Equal(firstAt, help.FirstDisclosedAtUtc);
        Assert.Equal(firstAt.AddDays(10), help.LastDisclosedAtUtc);
        Assert.Equal(Disclosure.ServiceProviderRecipient, help.RecipientKind);
        var alarmRecipient = recipients.Single(r => r.RecipientId == alarm.Id);
        Assert.True(alarmRecipient.Fields.HasFlag(SharedDataField.DateOfBirth));
        Assert.Empty(await Referrals(s => s.RecipientsOfAsync(_home.Housemate.Id)));
    }

    [Fact]
    public async Task EveryOperation_RefusesTheAdministrator_AndAuditsTheDenial()
    {
        User.As(Roles.Administrator);
        await Assert.ThrowsAsync<ForbiddenException>(() => Referrals(s => s.PreviewAsync(_home.Main.Id, _help.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Referrals(s => s.ReferAsync(Input())));
        await Assert.ThrowsAsync<ForbiddenException>(() => Referrals(s => s.GetHouseholdAsync(_home.Household.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Referrals(s => s.CloseAsync(Guid.NewGuid(), Guid.NewGuid(), ReferralStatus.Cancelled)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Referrals(s => s.RecipientsOfAsync(_home.Main.Id)));

        await using var db = RawDb();
        Assert.Equal(5, await db.AuditEvents.CountAsync(e => e.Outcome == AuditOutcome.Denied && e.UserRole == Roles.Administrator));
    }

    [Fact]
    public async Task Disclosures_AreAppendOnly_TheDatabaseRefusesAnUpdate()
    {
        await ConsentAsync(ConsentAction.Given);
        await Referrals(s => s.ReferAsync(Input()));

        await using var db = RawDb();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"Disclosures\" SET \"RecipientName\" = 'x'"));
        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public async Task Close_WithAStaleStamp_IsRefusedAsAConcurrentEdit()
    {
        await ConsentAsync(ConsentAction.Given);
        var made = await Referrals(s => s.ReferAsync(Input()));

        var result = await Referrals(s => s.CloseAsync(made.Value!.ReferralId, Guid.NewGuid(), ReferralStatus.Cancelled));

        Assert.Contains("intussen gewijzigd", result.Message);
    }

    [Fact]
    public async Task Close_AClosedReferral_IsRefused_AndAWithdrawalSaysHowManyWereFlaggedWithTheRightPlural()
    {
        await ConsentAsync(ConsentAction.Given);
        var made = await Referrals(s => s.ReferAsync(Input()));
        var withdrawal = await ConsentAsync(ConsentAction.Withdrawn);
        Assert.Contains("1 open doorverwijzing gemarkeerd", withdrawal.Value!.Consequences.Single().Description);
        var stamp = (await Referrals(s => s.GetHouseholdAsync(_home.Household.Id))).Referrals.Single().ConcurrencyStamp;

        var cancelled = await Referrals(s => s.CloseAsync(made.Value!.ReferralId, stamp, ReferralStatus.Cancelled));
        var again = await Referrals(s => s.CloseAsync(made.Value!.ReferralId, stamp, ReferralStatus.Completed));

        Assert.Equal("Doorverwijzing geannuleerd.", cancelled.Message);
        Assert.Equal(ResultStatus.Refused, again.Status);
        await using var db = RawDb();
        Assert.Equal(ReferralStatus.Cancelled, (await db.Referrals.SingleAsync()).Status);
    }
}
