using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PanteinExtra.Core.Sessions;
using PanteinExtra.Portal.Auth;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Sessions;

/// <summary>Work inside a circuit counts as activity (throttled), and a circuit whose session is over is signed out.</summary>
public sealed class SessionActivityCircuitHandlerTests : IAsyncLifetime
{
    private readonly CoreTestHost _core = new();

    public Task InitializeAsync() => _core.InitializeAsync();

    public Task DisposeAsync() => _core.DisposeAsync();

    private async Task<(SessionAuthenticationStateProvider Auth, Func<Task> Activity, Guid SessionId)> CircuitAsync(AsyncServiceScope scope)
    {
        var sessions = _core.Get<SessionService>(scope);
        var id = await sessions.StartAsync("demo-klantcontact-1", "Sanne de Jong", "CallCentre");
        var auth = new SessionAuthenticationStateProvider(
            NullLoggerFactory.Instance, _core.Services.GetRequiredService<IServiceScopeFactory>(), new CircuitRevalidation(TimeSpan.FromMinutes(1)));
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaims.SessionId, id.ToString())], "Cookies")))));
        var handler = new SessionActivityCircuitHandler(
            auth, sessions, new StaffSessionOptions(), _core.Clock, NullLogger<SessionActivityCircuitHandler>.Instance);
        var inbound = handler.CreateInboundActivityHandler(_ => Task.CompletedTask);
        return (auth, () => inbound(null!), id);
    }

    private async Task<DateTime> LastActivityAsync(Guid id)
    {
        await using var db = _core.RawDb();
        return db.StaffSessions.Single(s => s.Id == id).LastActivityAtUtc;
    }

    [Fact]
    public async Task InboundActivity_IsRecorded_AtMostOnceAMinute_SoAnAgentWorkingInThePageIsNotIdle()
    {
        await using var scope = _core.Scope();
        var (auth, activity, id) = await CircuitAsync(scope);
        var start = await LastActivityAsync(id);

        _core.Clock.Advance(TimeSpan.FromMinutes(25));
        await activity();
        _core.Clock.Advance(TimeSpan.FromSeconds(30));
        await activity();
        Assert.Equal(start.AddMinutes(25), await LastActivityAsync(id));

        _core.Clock.Advance(TimeSpan.FromMinutes(25));
        await activity();
        Assert.True(await auth.IsSessionValidAsync((await auth.GetAuthenticationStateAsync()).User));
    }

    [Fact]
    public async Task ActivityOnAnEndedSession_SignsTheCircuitOutAtOnce()
    {
        await using var scope = _core.Scope();
        var (auth, activity, id) = await CircuitAsync(scope);
        await _core.Get<SessionService>(scope).SignOutAsync(id);

        _core.Clock.Advance(TimeSpan.FromMinutes(2));
        await activity();

        Assert.False((await auth.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }
}
