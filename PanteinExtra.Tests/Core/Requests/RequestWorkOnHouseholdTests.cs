using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>Rectification through the normal edit screens, linked to the request; and edits of a restricted household.</summary>
public sealed class RequestWorkOnHouseholdTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
        User.As(Roles.PrivacyOfficer);
    }

    private Task<Guid> InProgressAsync(Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope, RequestType type) =>
        _home.InProgressAsync(Get<RequestService>(scope), type, DutchTime.Today(Clock));

    private async Task<Result> CorrectStreetAsync(Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope)
    {
        var view = await Get<HouseholdService>(scope).OpenAsync(_home.HouseholdId);
        var input = ContactDetailsInput.From(view.Details!);
        input.Street = "Hertogstraat";
        return await Get<MemberDeskService>(scope).UpdateContactDetailsAsync(_home.HouseholdId, input);
    }

    [Fact]
    public async Task Rectification_TheFgCorrectsTheAddressForTheRequest_AndTheRequestListsTheChangeInDutch()
    {
        await using var scope = Scope();
        var id = await InProgressAsync(scope, RequestType.Rectification);

        Assert.True((await Get<RequestService>(scope).WorkOnHouseholdAsync(id)).Succeeded);
        var result = await CorrectStreetAsync(scope);

        Assert.True(result.Succeeded, result.Message);
        var change = Assert.Single((await Get<RequestService>(scope).GetAsync(id)).Changes, c => c.EventType == "Household:Update");
        Assert.Contains("Street", change.Details);
        Assert.DoesNotContain("Hertogstraat", change.Details);
        Assert.Equal("Adres of contactgegevens gewijzigd", change.Event);
        Assert.Equal("Straat", change.Fields);
    }

    [Fact]
    public async Task TheFg_WithoutARequest_CannotEditAtTheDesk()
    {
        await using var scope = Scope();
        var result = await CorrectStreetAsync(scope);
        Assert.Equal(ResultStatus.Refused, result.Status);
    }

    [Fact]
    public async Task RestrictedHousehold_IsEditedOnlyThroughTheRequest()
    {
        await using var scope = Scope();
        var id = await InProgressAsync(scope, RequestType.Restriction);
        Assert.True((await Get<FulfilmentService>(scope).RestrictAsync(id)).Succeeded);

        Assert.True((await Get<RequestService>(scope).WorkOnHouseholdAsync(id)).Succeeded);
        var result = await CorrectStreetAsync(scope);

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task WithdrawalOfConsent_RecordedForTheRequest_IsListedWithTheRequest()
    {
        await PanteinExtra.Tests.Core.Consent.ConsentTestData.SeedCatalogueAsync(this);
        var purpose = await PanteinExtra.Tests.Core.Consent.ConsentTestData.PurposeAsync(this, PanteinExtra.Core.Consent.ConsentPurposeKind.Newsletter);
        var decision = new PanteinExtra.Core.Consent.ConsentDecisionInput(_home.MainMemberId, purpose.Id, PanteinExtra.Core.Consent.ConsentChannel.Phone);
        await GiveOnACallAsync(decision);
        await using var scope = Scope();
        var consents = Get<PanteinExtra.Core.Consent.ConsentService>(scope);
        var id = await InProgressAsync(scope, RequestType.WithdrawConsent);

        Assert.True((await Get<RequestService>(scope).WorkOnHouseholdAsync(id)).Succeeded);
        Assert.True((await consents.WithdrawAsync(decision with { Channel = PanteinExtra.Core.Consent.ConsentChannel.Paper })).Succeeded);

        Assert.Contains((await Get<RequestService>(scope).GetAsync(id)).Changes, c => c.EventType == "ConsentEvent:Create");
    }

    [Fact]
    public async Task Withdrawal_InTheFgsSupervision_WithoutARequest_IsRefused_ChangesNothing_AndIsAuditedAsDenied()
    {
        await PanteinExtra.Tests.Core.Consent.ConsentTestData.SeedCatalogueAsync(this);
        var purpose = await PanteinExtra.Tests.Core.Consent.ConsentTestData.PurposeAsync(this, PanteinExtra.Core.Consent.ConsentPurposeKind.Newsletter);
        var decision = new PanteinExtra.Core.Consent.ConsentDecisionInput(_home.MainMemberId, purpose.Id, PanteinExtra.Core.Consent.ConsentChannel.Phone);
        await GiveOnACallAsync(decision);
        await using var scope = Scope();

        var result = await Get<PanteinExtra.Core.Consent.ConsentService>(scope).WithdrawAsync(decision);

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(HouseholdAccessRules.SupervisionIsReadOnly, result.Message);
        await using var db = RawDb();
        Assert.Equal(1, await db.ConsentEvents.CountAsync());
        var denied = await db.AuditEvents.SingleAsync(e => e.EventType == PanteinExtra.Core.Consent.ConsentEventTypes.Withdraw);
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal(HouseholdAccessRules.SupervisionPurpose, denied.PurposeOfUse);
    }

    [Fact]
    public async Task TheFg_WorkingForARequest_ThenOpeningAnUnrelatedHousehold_IsLoggedAsSupervision_NotAsTheRequest()
    {
        var other = await RequestTestHousehold.CreateAsync(this);
        await using var scope = Scope();
        var id = await InProgressAsync(scope, RequestType.Rectification);
        var number = (await Get<RequestService>(scope).GetAsync(id)).Summary.Number;
        Assert.True((await Get<RequestService>(scope).WorkOnHouseholdAsync(id)).Succeeded);
        var own = await Get<HouseholdService>(scope).OpenAsync(_home.HouseholdId);

        var unrelated = await Get<HouseholdService>(scope).OpenAsync(other.HouseholdId);
        var input = ContactDetailsInput.From(unrelated.Details!);
        input.Street = "Hertogstraat";
        var change = await Get<MemberDeskService>(scope).UpdateContactDetailsAsync(other.HouseholdId, input);

        Assert.False(own.IsReadOnly);
        Assert.True(unrelated.IsReadOnly);
        Assert.Equal(ResultStatus.Refused, change.Status);
        await using var db = RawDb();
        var views = await db.AuditEvents.Where(e => e.EventType == MembersEventTypes.HouseholdView).ToListAsync();
        Assert.Equal($"verzoek #{number}", views.Single(e => e.SubjectHouseholdId == _home.HouseholdId).PurposeOfUse);
        Assert.Equal(HouseholdAccessRules.SupervisionPurpose, views.Single(e => e.SubjectHouseholdId == other.HouseholdId).PurposeOfUse);
        Assert.DoesNotContain(
            await db.AuditEvents.Where(e => e.SubjectHouseholdId == other.HouseholdId).ToListAsync(),
            e => e.PurposeOfUse == $"verzoek #{number}");
    }

    /// <summary>An agent records the decision on a verified call (the FG's supervision may not).</summary>
    private async Task GiveOnACallAsync(PanteinExtra.Core.Consent.ConsentDecisionInput decision)
    {
        var fg = User.Roles;
        User.As(Roles.CallCentre);
        await using (var agent = Scope())
        {
            await VerifiedCallAsync(agent, _home.HouseholdId);
            Assert.True((await Get<PanteinExtra.Core.Consent.ConsentService>(agent).GiveAsync(decision)).Succeeded);
        }

        User.As(fg.Single());
    }
}
