using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Sessions;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Sessions;

public sealed class SessionServiceTests : IAsyncLifetime
{
    private const string Agent = "demo-klantcontact-1";
    private const string OtherAgent = "demo-klantcontact-2";
    private readonly CoreTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private async Task<Guid> StartAsync(string userId = Agent, string name = "Sanne de Jong")
    {
        await using var scope = _host.Scope();
        return await _host.Get<SessionService>(scope).StartAsync(userId, name, Roles.CallCentre);
    }

    private async Task<SessionCheck> ActivityAsync(Guid id)
    {
        await using var scope = _host.Scope();
        return await _host.Get<SessionService>(scope).RecordActivityAsync(id);
    }

    private async Task<StaffSession> RowAsync(Guid id)
    {
        await using var db = _host.RawDb();
        return await db.StaffSessions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private async Task<List<AuditEvent>> EventsAsync(string type)
    {
        await using var db = _host.RawDb();
        return await db.AuditEvents.AsNoTracking().Where(e => e.EventType == type).ToListAsync();
    }

    [Fact]
    public async Task Start_OpensAValidSession_ForTheEmployee()
    {
        var id = await StartAsync();

        Assert.True((await ActivityAsync(id)).IsValid);
        var row = await RowAsync(id);
        Assert.Equal((Agent, "Sanne de Jong", Roles.CallCentre, (DateTime?)null), (row.UserId, row.UserName, row.Role, row.EndedAtUtc));
    }

    [Fact]
    public async Task IdleForMoreThanTheTimeout_IsRefused_EndedAsIdle_AndAuditedAsTheOwner()
    {
        var id = await StartAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(31));

        var check = await ActivityAsync(id);

        Assert.Equal(SessionCheck.Ended(SessionEndReason.IdleTimeout), check);
        Assert.Equal(SessionEndReason.IdleTimeout, (await RowAsync(id)).EndReason);
        var expired = Assert.Single(await EventsAsync(SessionEventTypes.Expired));
        Assert.Equal((Agent, "Sanne de Jong", Roles.CallCentre), (expired.UserId, expired.UserName, expired.UserRole));
        Assert.Contains("IdleTimeout", expired.Details);

        // Coming back later does not revive it, and the expiry is recorded once.
        Assert.False((await ActivityAsync(id)).IsValid);
        Assert.Single(await EventsAsync(SessionEventTypes.Expired));
    }

    [Fact]
    public async Task Activity_IsWrittenAtMostOnceAMinute_AndKeepsTheSessionAlive()
    {
        var id = await StartAsync();
        var started = (await RowAsync(id)).LastActivityAtUtc;

        _host.Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True((await ActivityAsync(id)).IsValid);
        Assert.Equal(started, (await RowAsync(id)).LastActivityAtUtc);

        _host.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True((await ActivityAsync(id)).IsValid);
        Assert.Equal(started.AddMinutes(1), (await RowAsync(id)).LastActivityAtUtc);

        _host.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.True((await ActivityAsync(id)).IsValid);
        _host.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.True((await ActivityAsync(id)).IsValid);
    }

    [Fact]
    public async Task Check_DoesNotCountAsActivity()
    {
        var id = await StartAsync();
        for (var i = 0; i < 4; i++)
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(10));
            await using var scope = _host.Scope();
            await _host.Get<SessionService>(scope).CheckAsync(id);
        }

        Assert.Equal(SessionEndReason.IdleTimeout, (await RowAsync(id)).EndReason);
    }

    [Fact]
    public async Task PastTheMaximumDuration_IsRefused_HoweverActive()
    {
        var id = await StartAsync();
        for (var i = 0; i < 24; i++)
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True((await ActivityAsync(id)).IsValid);
        }

        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SessionCheck.Ended(SessionEndReason.MaximumDurationReached), await ActivityAsync(id));
    }

    [Fact]
    public async Task SignOut_EndsOnlyThatSession()
    {
        var first = await StartAsync();
        var second = await StartAsync();
        await using (var scope = _host.Scope())
        {
            await _host.Get<SessionService>(scope).SignOutAsync(first);
        }

        Assert.Equal(SessionCheck.Ended(SessionEndReason.SignedOut), await ActivityAsync(first));
        Assert.True((await ActivityAsync(second)).IsValid);
    }

    [Fact]
    public async Task AnUnknownSession_IsRefused() =>
        Assert.Equal(SessionCheck.Ended(null), await ActivityAsync(Guid.NewGuid()));

    [Fact]
    public async Task EndMessage_OfAnIdleSession_NamesTheMinutes()
    {
        await using var scope = _host.Scope();
        Assert.Equal(
            "U bent afgemeld na 30 minuten zonder activiteit. Meld u opnieuw aan.",
            _host.Get<SessionService>(scope).EndMessage(SessionEndReason.IdleTimeout));
        Assert.Contains("8 uur", _host.Get<SessionService>(scope).EndMessage(SessionEndReason.MaximumDurationReached));
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task Oversight_IsTheFgsAlone_AndARefusalIsAudited(string role)
    {
        var id = await StartAsync();
        _host.User.As(role);
        await using var scope = _host.Scope();
        var oversight = _host.Get<SessionOversightService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => oversight.ListActiveAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => oversight.EndAllOfEmployeeAsync(Agent));

        Assert.True((await ActivityAsync(id)).IsValid);
        Assert.Contains(await EventsAsync(SessionEventTypes.EndAllOfEmployee), e => e.Outcome == AuditOutcome.Denied && e.UserRole == role);
        Assert.Contains(await EventsAsync(SessionEventTypes.ListActive), e => e.Outcome == AuditOutcome.Denied && e.UserRole == role);
    }

    [Fact]
    public async Task Fg_ListsActiveSessionsByEmployee_WithoutIdleOnes()
    {
        await StartAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(40));
        await StartAsync();
        await StartAsync();
        await StartAsync(OtherAgent, "Daan van den Berg");
        _host.User.As(Roles.PrivacyOfficer);
        await using var scope = _host.Scope();

        var employees = await _host.Get<SessionOversightService>(scope).ListActiveAsync();

        Assert.Equal(
            [("Daan van den Berg", 1), ("Sanne de Jong", 2)],
            employees.Select(e => (e.UserName, e.Sessions)));
        Assert.Single(await EventsAsync(SessionEventTypes.ListActive), e => e.Outcome == AuditOutcome.Success);
    }

    [Fact]
    public async Task Fg_EndsAllSessionsOfAnEmployee_OthersKeepTheirs_AndItIsAudited()
    {
        var first = await StartAsync();
        var second = await StartAsync();
        var other = await StartAsync(OtherAgent, "Daan van den Berg");
        _host.User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = _host.Scope();

        var result = await _host.Get<SessionOversightService>(scope).EndAllOfEmployeeAsync(Agent);

        Assert.True(result.Succeeded);
        Assert.Equal("2 sessies van Sanne de Jong beëindigd.", result.Message);
        Assert.Equal(SessionCheck.Ended(SessionEndReason.EndedByPrivacyOfficer), await ActivityAsync(first));
        Assert.Equal(SessionCheck.Ended(SessionEndReason.EndedByPrivacyOfficer), await ActivityAsync(second));
        Assert.True((await ActivityAsync(other)).IsValid);
        var ended = Assert.Single(await EventsAsync(SessionEventTypes.EndAllOfEmployee));
        Assert.Equal(("Mohammed el Amrani", "Medewerker", Agent), (ended.UserName, ended.TargetType, ended.TargetId));
        Assert.Equal(2, JsonSerializer.Deserialize<Dictionary<string, int>>(ended.Details!)!["sessions"]);
    }
}
