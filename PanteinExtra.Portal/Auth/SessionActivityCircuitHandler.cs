using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Portal.Auth;

/// <summary>
/// Work inside a circuit (clicks, typing, navigation) sends no HTTP request, so without this an agent busy on one
/// household page would be "idle" after the idle timeout. Every inbound circuit activity counts; the session is
/// written at most once per <see cref="StaffSessionOptions.ActivityWriteInterval"/> (checked here in memory first, so
/// most events cost nothing). When the session turns out to be over, the circuit is signed out at once, before the
/// activity reaches the page.
/// </summary>
public sealed class SessionActivityCircuitHandler(
    AuthenticationStateProvider authentication,
    SessionService sessions,
    StaffSessionOptions options,
    TimeProvider clock,
    ILogger<SessionActivityCircuitHandler> logger) : CircuitHandler
{
    private readonly Lock _order = new();
    private Task _previousHandedOn = Task.CompletedTask;
    private DateTimeOffset _lastRecorded = DateTimeOffset.MinValue;

    /// <summary>
    /// The browser sends a circuit's activities in order and the hub reads them one by one, but the session write awaits
    /// the database. Each activity therefore waits until the one before it has been handed on: otherwise the "Zoeken"
    /// click that follows the first keystroke after a quiet minute reaches the page before that keystroke, and searches
    /// an empty box (or a "Vastleggen" click overtakes the ticked checks before it).
    /// </summary>
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            var handedOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task previous;
            lock (_order)
            {
                previous = _previousHandedOn;
                _previousHandedOn = handedOn.Task;
            }

            return HandInOrderAsync(previous, handedOn, context, next);
        };

    private async Task HandInOrderAsync(
        Task previous, TaskCompletionSource handedOn, CircuitInboundActivityContext context, Func<CircuitInboundActivityContext, Task> next)
    {
        Task handled;
        try
        {
            await previous;
            await RecordActivityAsync();
            // Handing on is synchronous up to the circuit's dispatcher queue, so the order there is the order of arrival.
            handled = next(context);
        }
        finally
        {
            handedOn.SetResult();
        }

        await handled;
    }

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
