using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Auth;

/// <summary>
/// The signed-in employee from the authentication state: in a circuit through the
/// <see cref="AuthenticationStateProvider"/>, in plain HTTP endpoints from the request.
/// </summary>
public sealed class ClaimsCurrentUser(AuthenticationStateProvider authState, IHttpContextAccessor http) : ICurrentUser
{
    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string UserId => Principal.FindFirstValue(PortalClaims.ObjectId)
        ?? Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public string DisplayName => Principal.FindFirstValue("name") ?? Principal.Identity?.Name ?? UserId;

    public IReadOnlyCollection<string> Roles => PortalClaims.RolesOf(Principal);

    private ClaimsPrincipal Principal
    {
        get
        {
            if (http.HttpContext?.User is { Identity.IsAuthenticated: true } requestUser)
            {
                return requestUser;
            }

            try
            {
                var state = authState.GetAuthenticationStateAsync();
                return state.IsCompletedSuccessfully ? state.Result.User : new ClaimsPrincipal();
            }
            catch (InvalidOperationException)
            {
                // Outside a component scope the provider has no state: nobody is signed in here.
                return new ClaimsPrincipal();
            }
        }
    }
}

public static class PortalClaims
{
    public const string ObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The id of the server-side staff session the cookie belongs to (set at sign-in).</summary>
    public const string SessionId = "pantein:session";

    public static Guid? SessionIdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionId), out var id) ? id : null;

    /// <summary>Roles from whatever claim type each identity uses for roles (Entra: "roles").</summary>
    public static IReadOnlyCollection<string> RolesOf(ClaimsPrincipal principal) =>
        principal.Identities
            .SelectMany(i => i.FindAll(i.RoleClaimType).Concat(i.FindAll(ClaimTypes.Role)))
            .Select(c => c.Value)
            .Distinct()
            .ToArray();
}
