using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Portal.Auth;

/// <summary>
/// The auth cookie carries only the id of a server-side session (<see cref="PortalClaims.SessionId"/>). Every request
/// confirms that session and records the employee's activity (at most one write a minute); a cookie whose session
/// ended (signed out, idle, past its maximum duration, ended by the FG) is rejected and deleted, wherever it was copied
/// to, and the sign-in page says why.
/// </summary>
public static class SessionCookieEvents
{
    /// <summary>HttpContext item holding why this request's session ended (a <see cref="SessionEndReason"/> name or "Unknown").</summary>
    public const string EndedItem = "PanteinExtra.SessionEnded";

    /// <summary>Query parameter of the sign-in page that says why the session ended.</summary>
    public const string EndedQuery = "sessie";

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionService>();
        var check = PortalClaims.SessionIdOf(context.Principal) is { } id
            ? await sessions.RecordActivityAsync(id, context.HttpContext.RequestAborted)
            : SessionCheck.Ended(null);
        if (!check.IsValid)
        {
            context.HttpContext.Items[EndedItem] = check.EndReason?.ToString() ?? "Unknown";
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    /// <summary>The sign-in redirect of a request whose session just ended says why (the page shows it in Dutch).</summary>
    public static string WithEndReason(HttpContext context, string redirectUri) =>
        context.Items[EndedItem] is string reason ? QueryHelpers.AddQueryString(redirectUri, EndedQuery, reason) : redirectUri;

    /// <summary>Why the session of this request ended: from the request itself, or from the sign-in redirect's query.</summary>
    public static SessionEndReason? EndReasonOf(HttpContext? context, string? query, out bool ended)
    {
        var text = context?.Items[EndedItem] as string ?? query;
        ended = text is not null;
        return Enum.TryParse<SessionEndReason>(text, out var reason) && Enum.IsDefined(reason) ? reason : null;
    }

    /// <summary>Opens a server-side session for a principal that just signed in, and puts its id in a claim.</summary>
    public static async Task StartSessionAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(PortalClaims.ObjectId) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var name = principal.FindFirstValue("name") ?? principal.Identity?.Name ?? userId;
        var role = PortalClaims.RolesOf(principal).FirstOrDefault(Core.Common.Roles.IsKnown) ?? "";
        var sessions = context.RequestServices.GetRequiredService<SessionService>();
        var id = await sessions.StartAsync(userId, name, role, context.RequestAborted);
        var identity = principal.Identities.First(i => i.IsAuthenticated);
        identity.AddClaim(new Claim(PortalClaims.SessionId, id.ToString()));
    }
}
