using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Common;

/// <summary>
/// Role check at the Core boundary (defence in depth beside the Portal's page attributes). Deny by default:
/// an operation names the roles that may run it; anyone else is refused, and the refusal is audited.
/// </summary>
public sealed class AccessGuard(ICurrentUser user, IAuditLog audit)
{
    public async Task RequireAsync(
        string eventType, AuditAction action, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        if (user.IsAuthenticated && roles.Any(user.IsInRole))
        {
            return;
        }

        await audit.RecordAsync(new AuditRecord(eventType, action) { Outcome = AuditOutcome.Denied }, ct);
        throw new ForbiddenException(eventType);
    }
}
