using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Portal.Auth;

/// <summary>Records every request refused for lack of a role (page or endpoint) as a denied access, then refuses it as usual.</summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<IAuditLog>();
            await audit.RecordAsync(new AuditRecord(AuditEventTypes.PageAccess, AuditAction.View)
            {
                Outcome = AuditOutcome.Denied,
                TargetType = "Pagina",
                TargetId = context.Request.Path.Value,
            });
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
