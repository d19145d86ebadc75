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
        await using var scope = Scope();
        var consents = Get<PanteinExtra.Core.Consent.ConsentService>(scope);
        var decision = new PanteinExtra.Core.Consent.ConsentDecisionInput(_home.MainMemberId, purpose.Id, PanteinExtra.Core.Consent.ConsentChannel.Phone);
        Assert.True((await consents.GiveAsync(decision)).Succeeded);
        var id = await InProgressAsync(scope, RequestType.WithdrawConsent);

        Assert.True((await Get<RequestService>(scope).WorkOnHouseholdAsync(id)).Succeeded);
        Assert.True((await consents.WithdrawAsync(decision with { Channel = PanteinExtra.Core.Consent.ConsentChannel.Paper })).Succeeded);

        Assert.Contains((await Get<RequestService>(scope).GetAsync(id)).Changes, c => c.EventType == "ConsentEvent:Create");
    }
}
