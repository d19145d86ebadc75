using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.DemoData.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>Requests as the other features see them: retention holds and the recipients from referrals.</summary>
public sealed class RequestIntegrationTests : CoreTestHost
{
    [Fact]
    public async Task OpenRequest_HoldsTheHouseholdAgainstRetention_UntilItIsClosed()
    {
        var home = await RequestTestHousehold.CreateAsync(this);
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var requests = Get<RequestService>(scope);
        var registered = (await requests.RegisterAsync(home.Input(RequestType.Erasure, DutchTime.Today(Clock)))).Value!;

        await using (var db = RawDb())
        {
            var hold = Assert.Single(await new OpenRequestHoldSource().FindActiveHoldsAsync(db, [home.HouseholdId], default));
            Assert.Equal($"open privacyverzoek #{registered.Number} (verwijdering)", hold.Reason);
        }

        Assert.True((await requests.MoveAsync(
            registered.Id, RequestStatus.Rejected,
            new StatusChangeInput { ConcurrencyStamp = registered.ConcurrencyStamp, RejectionReason = RejectionReason.ManifestlyUnfounded })).Succeeded is false);
        var check = await requests.MoveAsync(registered.Id, RequestStatus.IdentityCheck, new StatusChangeInput { ConcurrencyStamp = registered.ConcurrencyStamp });
        await requests.RecordIdentityChecksAsync(
            registered.Id, new IdentityChecksInput { Checks = RequestIdentityChecks.CallBackOnKnownNumber, ConcurrencyStamp = check.Value!.ConcurrencyStamp });
        var verified = (await requests.GetAsync(registered.Id)).Summary;
        var progress = await requests.MoveAsync(registered.Id, RequestStatus.InProgress, new StatusChangeInput { ConcurrencyStamp = verified.ConcurrencyStamp });
        var rejected = await requests.MoveAsync(
            registered.Id, RequestStatus.Rejected,
            new StatusChangeInput { ConcurrencyStamp = progress.Value!.ConcurrencyStamp, RejectionReason = RejectionReason.ManifestlyUnfounded });
        Assert.True(rejected.Succeeded, rejected.Message);
        await using (var db = RawDb())
        {
            Assert.Empty(await new OpenRequestHoldSource().FindActiveHoldsAsync(db, null, default));
        }
    }

    [Fact]
    public async Task Rectification_CreatesANotificationTaskForEveryServiceProviderThatReceivedTheData()
    {
        var home = await RequestTestHousehold.CreateAsync(this);
        await using (var db = RawDb())
        {
            db.Add(new Disclosure
            {
                HouseholdId = home.HouseholdId,
                PersonId = home.MainMemberId,
                RecipientKind = Disclosure.ServiceProviderRecipient,
                RecipientId = Guid.NewGuid(),
                RecipientName = "Thuishulp Maas en Waal",
                Fields = SharedDataField.Name | SharedDataField.Address,
                DisclosedAtUtc = Clock.GetUtcNow().UtcDateTime.AddDays(-40),
                DisclosedByUserId = "demo",
                DisclosedByName = "Sanne de Jong",
                LegalBasis = "toestemming",
            });
            await db.SaveChangesAsync();
        }

        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var registered = (await Get<RequestService>(scope).RegisterAsync(
            home.Input(RequestType.Rectification, DutchTime.Today(Clock), checks: RequestIdentityChecks.CallBackOnKnownNumber, channel: ReceivedChannel.Phone))).Value!;

        var tasks = await Get<FulfilmentService>(scope).CreateNotificationTasksAsync(registered.Id);

        var task = Assert.Single(tasks);
        Assert.Equal("Thuishulp Maas en Waal", task.RecipientName);
        Assert.Contains("Naam", task.SharedWhat);
        Assert.EndsWith($"(sinds {Dutch.Date(DutchTime.Today(Clock).AddDays(-40))})", task.SharedWhat);
    }

    [Fact]
    public async Task DemoRequests_ShowEachStage_AndTheFgSeesOneDueWithinAWeek()
    {
        for (var i = 0; i < 3; i++)
        {
            await RequestTestHousehold.CreateAsync(this);
        }

        await using (var db = RawDb())
        {
            await new RequestsDemoDataSeeder(Clock).SeedAsync(db, default);
            await new RequestsDemoDataSeeder(Clock).SeedAsync(db, default);
        }

        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var open = await Get<RequestService>(scope).OpenAsync();

        Assert.Equal(3, open.TotalCount);
        Assert.Equal(
            [RequestStatus.Received, RequestStatus.IdentityCheck, RequestStatus.InProgress],
            open.Items.Select(r => r.Status).Order());
        Assert.Contains(open.Items, r => r.Urgency == DeadlineUrgency.DueWithinAWeek);
    }
}
