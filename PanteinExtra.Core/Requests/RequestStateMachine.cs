using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// received -> identity check -> in progress -> [extended] -> completed | rejected. Without a verified identity a
/// request can only be rejected because identity (or the requester's authority) could not be established.
/// </summary>
public static class RequestStateMachine
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Allowed = new()
    {
        [RequestStatus.Received] = [RequestStatus.IdentityCheck, RequestStatus.Rejected],
        [RequestStatus.IdentityCheck] = [RequestStatus.InProgress, RequestStatus.Rejected],
        [RequestStatus.InProgress] = [RequestStatus.Extended, RequestStatus.Completed, RequestStatus.Rejected],
        [RequestStatus.Extended] = [RequestStatus.Completed, RequestStatus.Rejected],
        [RequestStatus.Completed] = [],
        [RequestStatus.Rejected] = [],
    };

    public static bool IsOpen(RequestStatus status) => status is not (RequestStatus.Completed or RequestStatus.Rejected);

    /// <summary>Null when the move is allowed, otherwise the Dutch reason it is not.</summary>
    public static string? Refusal(RequestStatus from, RequestStatus to, bool identityVerified, RejectionReason? reason = null)
    {
        if (!Allowed[from].Contains(to))
        {
            return $"Een verzoek met status '{from.Label()}' kan niet naar '{to.Label()}'.";
        }

        if (to == RequestStatus.InProgress && !identityVerified)
        {
            return "De identiteit van de aanvrager is nog niet vastgesteld.";
        }

        if (to == RequestStatus.Rejected && reason is null)
        {
            return "Kies de wettelijke grond voor de afwijzing.";
        }

        if (to == RequestStatus.Rejected && !identityVerified
            && reason is not (RejectionReason.IdentityNotEstablished or RejectionReason.RequesterNotAuthorised))
        {
            return "Zonder vastgestelde identiteit kan een verzoek alleen worden afgewezen omdat de identiteit of de bevoegdheid niet vast te stellen is.";
        }

        return null;
    }
}
