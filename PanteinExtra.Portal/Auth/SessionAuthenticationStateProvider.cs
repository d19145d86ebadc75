using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Portal.Auth;

/// <summary>How often a live circuit confirms its session (<c>Auth:RevalidationSeconds</c>).</summary>
public sealed record CircuitRevalidation(TimeSpan Interval);

/// <summary>
/// Inside a live circuit the cookie is not read again, so the circuit confirms its server-side session every
/// <see cref="CircuitRevalidation.Interval"/>: once the session has ended (signed out elsewhere, idle, ended by the FG)
/// the circuit loses its sign-in and the page sends the employee to the sign-in page, which says why.
/// The check itself is not activity (an idle page stays idle).
/// </summary>
public sealed class SessionAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    CircuitRevalidation revalidation) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    protected override TimeSpan RevalidationInterval => revalidation.Interval;

    /// <summary>Whether the principal's session may still be used.</summary>
    public async Task<bool> IsSessionValidAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (PortalClaims.SessionIdOf(user) is not { } id)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<SessionService>().CheckAsync(id, ct);
        return check.IsValid;
    }

    /// <summary>The circuit's session turned out to be over: sign the circuit out now instead of at the next revalidation.</summary>
    public void SignOutCircuit() => SetAuthenticationState(Task.FromResult(SignedOut));

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        IsSessionValidAsync(authenticationState.User, cancellationToken);
}
