using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>"Vandaag door u geholpen": the agent's own caller checks of today, the latest first, for a call-back.</summary>
public sealed class ServedHouseholdsServiceTests : CoreTestHost
{
    private async Task<Household> AddAsync(string lastName)
    {
        var household = MemberBuilders.Household("Jan", null, lastName, "6511AB", 3, city: "Nijmegen");
        await using var db = RawDb();
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household;
    }

    private async Task CallAsync(Household household)
    {
        await using var scope = Scope();
        await VerifiedCallAsync(scope, household.Id);
    }

    private async Task<IReadOnlyList<ServedHousehold>> ServedAsync()
    {
        await using var scope = Scope();
        return await Get<ServedHouseholdsService>(scope).TodayAsync();
    }

    [Fact]
    public async Task ListsTheHouseholdsThisAgentCheckedACallerForToday_LatestCallFirst_EachOnce()
    {
        var jansen = await AddAsync("Jansen");
        var peters = await AddAsync("Peters");
        var yesterdays = await AddAsync("Gisteren");
        var colleagues = await AddAsync("Collega");
        User.As(Roles.CallCentre, "Sanne de Jong");
        await CallAsync(yesterdays);
        Clock.Advance(TimeSpan.FromDays(1));
        await CallAsync(jansen);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await CallAsync(peters);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await CallAsync(jansen);
        User.UserId = "daan";
        await CallAsync(colleagues);
        User.As(Roles.CallCentre, "Sanne de Jong");

        var served = await ServedAsync();

        Assert.Equal(["Jan Jansen", "Jan Peters"], served.Select(s => s.Household.Name));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.AddMinutes(-5), served[1].LastCallAtUtc, TimeSpan.FromSeconds(1));
        Assert.Equal("Nijmegen", served[0].Household.City);
    }

    [Fact]
    public async Task TheListIsItselfARecordedReadWithItsPurpose()
    {
        var jansen = await AddAsync("Jansen");
        User.As(Roles.CallCentre);
        await CallAsync(jansen);

        await ServedAsync();

        await using var db = RawDb();
        var read = await db.AuditEvents.SingleAsync(e => e.EventType == MembersEventTypes.Served);
        Assert.Equal(ServedHouseholdsService.Purpose, read.PurposeOfUse);
        Assert.Equal(AuditOutcome.Success, read.Outcome);
        Assert.Equal("Eigen gesprekken van vandaag bekeken", AuditEventNames.Describe(read.EventType));
    }

    [Theory]
    [InlineData(Roles.PrivacyOfficer)]
    [InlineData(Roles.Administrator)]
    public async Task OnlyAgentsHaveAList_OthersAreRefusedAndTheRefusalIsLogged(string role)
    {
        User.As(role);

        await Assert.ThrowsAsync<ForbiddenException>(ServedAsync);

        await using var db = RawDb();
        Assert.Equal(AuditOutcome.Denied, (await db.AuditEvents.SingleAsync(e => e.EventType == MembersEventTypes.Served)).Outcome);
    }
}
