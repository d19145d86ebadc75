using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Portal.Auth;

/// <summary>
/// Work inside a circuit (clicks, typing, navigation) sends no HTTP request, so without this an agent busy on one
/// household page would be "idle" after the idle timeout. Every inbound circuit activity counts; the session is
/// written at most once per <see cref="StaffSessionOptions.ActivityWriteInterval"/> (checked here in memory first, so
/// most events cost nothing). When the session turns out to be over, the circuit is signed out at once.
/// </summary>
public sealed class SessionActivityCircuitHandler(
    AuthenticationStateProvider authentication,
    SessionService sessions,
    StaffSessionOptions options,
    TimeProvider clock,
    ILogger<SessionActivityCircuitHandler> logger) : CircuitHandler
{
    private DateTimeOffset _lastRecorded = DateTimeOffset.MinValue;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            await RecordActivityAsync();
            await next(context);
        };

    private async Task RecordActivityAsync()
    {
        var now = clock.GetUtcNow();
        if (now - _lastRecorded < options.ActivityWriteInterval)
        {
            return;
        }

        _lastRecorded = now;
        try
        {
            var state = await authentication.GetAuthenticationStateAsync();
            if (PortalClaims.SessionIdOf(state.User) is { } id
                && !(await sessions.RecordActivityAsync(id)).IsValid
                && authentication is SessionAuthenticationStateProvider provider)
            {
                provider.SignOutCircuit();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Recording activity must not break the employee's page; the revalidation still checks the session.
            logger.LogWarning(ex, "Could not record circuit activity for the session");
        }
    }
}
