using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
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

    [Fact]
    public async Task AnActivityThatArrivesWhileTheSessionIsBeingWritten_ReachesThePageAfterTheOneBeforeIt()
    {
        // The first keystroke after a quiet minute waits for the session write (here: for the authentication state);
        // the "Zoeken" click right behind it must not overtake it, or the page searches an empty box.
        await using var scope = _core.Scope();
        var state = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new SessionActivityCircuitHandler(
            new PendingAuthenticationState(state.Task), _core.Get<SessionService>(scope), new StaffSessionOptions(), _core.Clock,
            NullLogger<SessionActivityCircuitHandler>.Instance);
        var reachedPage = new List<CircuitInboundActivityContext>();
        var inbound = handler.CreateInboundActivityHandler(context =>
        {
            lock (reachedPage)
            {
                reachedPage.Add(context);
            }

            return Task.CompletedTask;
        });
        var keystroke = NewActivity();
        var click = NewActivity();

        var typed = inbound(keystroke);
        var clicked = inbound(click);
        await Task.Delay(50);
        Assert.Empty(reachedPage);

        state.SetResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
        await Task.WhenAll(typed, clicked);

        Assert.Equal([keystroke, click], reachedPage);
    }

    [Fact]
    public async Task ActivitiesWithNoSessionWriteToWaitFor_ReachThePageAtOnce_InTheirOrder()
    {
        await using var scope = _core.Scope();
        var handler = new SessionActivityCircuitHandler(
            new PendingAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())))),
            _core.Get<SessionService>(scope), new StaffSessionOptions(), _core.Clock, NullLogger<SessionActivityCircuitHandler>.Instance);
        var reachedPage = new List<CircuitInboundActivityContext>();
        var inbound = handler.CreateInboundActivityHandler(context =>
        {
            reachedPage.Add(context);
            return Task.CompletedTask;
        });
        var activities = Enumerable.Range(0, 5).Select(_ => NewActivity()).ToList();

        foreach (var activity in activities)
        {
            // The hub hands them on one by one; with nothing to wait for, each is through before the next arrives.
            Assert.True(inbound(activity).IsCompleted);
        }

        Assert.Equal(activities, reachedPage);
    }

    // The framework creates these per activity; the handler only passes them on.
    private static CircuitInboundActivityContext NewActivity() =>
        (CircuitInboundActivityContext)RuntimeHelpers.GetUninitializedObject(typeof(CircuitInboundActivityContext));

    private sealed class PendingAuthenticationState(Task<AuthenticationState> state) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => state;
    }
}
