using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>A restriction (Art. 18) is respected by the other features: no desk edits or sign-ups, no referrals.</summary>
public sealed class RestrictionEnforcementTests : CoreTestHost
{
    private TestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _home = await ConsentTestData.SeedHouseholdAsync(this);
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var request = (await Get<RequestService>(scope).RegisterAsync(new RegisterRequestInput
        {
            Type = RequestType.Restriction,
            ReceivedOn = DutchTime.Today(Clock),
            Channel = ReceivedChannel.Letter,
            HouseholdId = _home.Household.Id,
            PersonId = _home.Main.Id,
            ChecksOnIntake = RequestIdentityChecks.CallBackOnKnownNumber,
        })).Value!;
        Assert.True((await Get<FulfilmentService>(scope).RestrictAsync(request.Id)).Succeeded);
    }

    [Fact]
    public async Task DeskSignUpForTheNewsletter_WhileRestricted_IsRefusedWithTheReason()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);

        var result = await Get<MemberDeskService>(scope).ChangeSubscriptionAsync(
            _home.Household.Id, new SubscriptionChange(SubscriptionKind.Newsletter, _home.Main.Id, Subscribe: true));

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(MemberDeskService.RestrictedMessage, result.Message);
    }

    [Fact]
    public async Task Referral_OfARestrictedPerson_SharesNothing()
    {
        ServiceProvider provider;
        await using (var db = RawDb())
        {
            provider = await db.ServiceProviders.AsNoTracking().FirstAsync(p => p.IsActive);
        }

        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.Household.Id);

        var result = await Get<ReferralService>(scope).ReferAsync(new ReferralInput(_home.Main.Id, provider.Id, provider.Services[0]));

        Assert.False(result.Succeeded);
        Assert.Contains("beperkt", result.Message);
    }
}
