using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class FulfilmentServiceTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
        await using var db = RawDb();
        var today = DutchTime.Today(Clock);
        db.AddRange(
            new Subscription { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Kind = SubscriptionKind.Newsletter, StartDate = today.AddYears(-2), Channel = ContactChannel.Email },
            new Subscription { HouseholdId = _home.HouseholdId, Kind = SubscriptionKind.Magazine, StartDate = today.AddYears(-5), Channel = ContactChannel.Post },
            new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Insurer = "VGZ", StartDate = today.AddYears(-1) });
        await db.SaveChangesAsync();
        User.As(Roles.PrivacyOfficer);
    }

    private async Task<Guid> VerifiedRequestAsync(RequestType type)
    {
        await using var scope = Scope();
        var result = await Get<RequestService>(scope).RegisterAsync(
            _home.Input(type, DutchTime.Today(Clock), checks: RequestIdentityChecks.CallBackOnKnownNumber));
        return result.Value!.Id;
    }

    [Fact]
    public async Task Portability_ExportsWhatThePersonProvided_AsJsonAndCsv()
    {
        var id = await VerifiedRequestAsync(RequestType.Portability);
        await using var scope = Scope();

        var data = await Get<FulfilmentService>(scope).PortableDataAsync(id);

        using var json = JsonDocument.Parse(data.ToJson());
        Assert.Equal(PortableData.SchemaName, json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("Johanna", json.RootElement.GetProperty("person").GetProperty("firstName").GetString());
        Assert.Equal("1941-05-03", json.RootElement.GetProperty("person").GetProperty("dateOfBirth").GetString());
        Assert.Equal("6511AB", json.RootElement.GetProperty("household").GetProperty("postcode").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("subscriptions").GetArrayLength());
        var csv = data.ToCsv().Split('\n');
        Assert.Equal("section;index;field;value", csv[0]);
        Assert.Contains("person;0;lastName;Berg", csv);
        Assert.Contains("household;0;memberNumber;" + data.Household.MemberNumber, csv);
    }

    [Fact]
    public async Task Restriction_MarksThePersonRestricted_AndCreatesANotificationTaskPerRecipient()
    {
        var id = await VerifiedRequestAsync(RequestType.Restriction);
        await using var scope = Scope();
        var service = Get<FulfilmentService>(scope);

        var result = await service.RestrictAsync(id);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(await Get<RestrictionPolicy>(scope).IsRestrictedAsync(_home.HouseholdId, _home.MainMemberId));
        Assert.False(await Get<RestrictionPolicy>(scope).IsRestrictedAsync(_home.HouseholdId, _home.HousemateId));
        var task = Assert.Single(await service.NotificationTasksAsync(id));
        Assert.Equal("VGZ", task.RecipientName);
        Assert.Equal(NotificationState.Open, task.State);

        Assert.True((await service.MarkNotificationSentAsync(task.Id)).Succeeded);
        var sent = Assert.Single(await service.NotificationTasksAsync(id));
        Assert.Equal(NotificationState.Sent, sent.State);
        Assert.Equal(DutchTime.Today(Clock), sent.SentOn);
    }

    [Fact]
    public async Task Restriction_NotifiesEveryInsurerOfTheHousehold_AHousematesIncluded_EachOnce()
    {
        await using (var db = RawDb())
        {
            var today = DutchTime.Today(Clock);
            db.AddRange(
                new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.HousemateId, Insurer = "Zilveren Kruis", StartDate = today.AddYears(-3) },
                new InsuranceDiscount { HouseholdId = _home.HouseholdId, PersonId = _home.MainMemberId, Insurer = "VGZ", StartDate = today.AddYears(-6), EndDate = today.AddYears(-4) });
            await db.SaveChangesAsync();
        }

        var id = await VerifiedRequestAsync(RequestType.Restriction);
        await using var scope = Scope();
        var service = Get<FulfilmentService>(scope);

        Assert.True((await service.RestrictAsync(id)).Succeeded);

        var tasks = (await service.NotificationTasksAsync(id)).OrderBy(t => t.RecipientName).ToList();
        Assert.Equal(["VGZ", "Zilveren Kruis"], tasks.Select(t => t.RecipientName));
        Assert.Contains("huisgenoot", tasks[1].SharedWhat);
        Assert.DoesNotContain("huisgenoot", tasks[0].SharedWhat);
    }

    [Fact]
    public async Task Restriction_Lifted_OnlyWithAReason()
    {
        var id = await VerifiedRequestAsync(RequestType.Restriction);
        await using var scope = Scope();
        var service = Get<FulfilmentService>(scope);
        await service.RestrictAsync(id);

        var blank = await service.LiftRestrictionAsync(id, new LiftRestrictionInput { Reason = " " });
        Assert.Equal(ResultStatus.Invalid, blank.Status);
        Assert.Contains("artikel 18, lid 3", blank.ErrorFor(nameof(LiftRestrictionInput.Reason)));
        Assert.True((await service.LiftRestrictionAsync(id, new LiftRestrictionInput { Reason = "juistheid van het adres is vastgesteld" })).Succeeded);
        Assert.False(await Get<RestrictionPolicy>(scope).IsRestrictedAsync(_home.HouseholdId));
    }

    [Fact]
    public async Task ObjectionToDirectMarketing_EndsTheNewsletterToday_ButNotTheMagazine()
    {
        var id = await VerifiedRequestAsync(RequestType.Objection);
        await using var scope = Scope();

        var result = await Get<FulfilmentService>(scope).StopDirectMarketingAsync(id);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("1 abonnement per vandaag beëindigd.", result.Message);
        await using var db = RawDb();
        var subscriptions = await db.Subscriptions.Where(s => s.HouseholdId == _home.HouseholdId).ToListAsync();
        Assert.Equal(DutchTime.Today(Clock), subscriptions.Single(s => s.Kind == SubscriptionKind.Newsletter).EndDate);
        Assert.Null(subscriptions.Single(s => s.Kind == SubscriptionKind.Magazine).EndDate);
    }

    [Fact]
    public async Task OtherObjection_NeedsAnAssessment_AndTheDecisionIsOnTheTimeline()
    {
        var id = await VerifiedRequestAsync(RequestType.Objection);
        await using var scope = Scope();
        var service = Get<FulfilmentService>(scope);

        Assert.Equal(ResultStatus.Invalid, (await service.DecideObjectionAsync(id, new ObjectionDecisionInput { Upheld = true, Assessment = "" })).Status);
        Assert.True((await service.DecideObjectionAsync(
            id, new ObjectionDecisionInput { Upheld = true, Assessment = "Geen dwingende gerechtvaardigde gronden voor het ledenpanel." })).Succeeded);

        var details = await Get<RequestService>(scope).GetAsync(id);
        Assert.Contains(details.Timeline, e => e.Kind == TimelineEntryKind.Decision && e.Text!.Contains("toegewezen"));
    }

    [Fact]
    public async Task Fulfilment_BeforeIdentityIsVerified_IsRefused()
    {
        await using var scope = Scope();
        var requests = Get<RequestService>(scope);
        var portability = (await requests.RegisterAsync(_home.Input(RequestType.Portability, DutchTime.Today(Clock)))).Value!;
        var restriction = (await requests.RegisterAsync(_home.Input(RequestType.Restriction, DutchTime.Today(Clock)))).Value!;

        await Assert.ThrowsAsync<RefusedException>(() => Get<FulfilmentService>(scope).PortableDataAsync(portability.Id));
        var restrict = await Get<FulfilmentService>(scope).RestrictAsync(restriction.Id);
        Assert.Equal(ResultStatus.Refused, restrict.Status);
        Assert.Equal(FulfilmentService.IdentityFirst, restrict.Message);
    }

    [Fact]
    public async Task Fulfilment_ByTheCallCentre_IsRefused()
    {
        var id = await VerifiedRequestAsync(RequestType.Restriction);
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<FulfilmentService>(scope).RestrictAsync(id));
    }
}
