using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Sessions;

/// <summary>
/// One sign-in of an employee, held on the server: the cookie only carries its id, so ending the row ends every copy
/// of the cookie. Staff activity, not member data: who, when, how long; no addresses or devices. Its rows are
/// bookkeeping and not audited per write (sign-in, sign-out, expiry and the FG's ending are explicit audit events).
/// </summary>
[NotAudited]
public sealed class StaffSession
{
    /// <summary>The session id, carried in the employee's cookie.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    public required string UserId { get; init; }

    public required string UserName { get; init; }

    public required string Role { get; init; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime LastActivityAtUtc { get; private set; }

    /// <summary>Null while the session is open; a concurrency token, so two requests cannot both end it.</summary>
    public DateTime? EndedAtUtc { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    public bool IsEnded => EndedAtUtc is not null;

    public static StaffSession Start(string userId, string userName, string role, DateTime nowUtc) => new()
    {
        UserId = userId,
        UserName = userName,
        Role = role,
        StartedAtUtc = nowUtc,
        LastActivityAtUtc = nowUtc,
    };

    /// <summary>Why the open session may no longer be used at <paramref name="nowUtc"/>, or null while it may.</summary>
    public SessionEndReason? ExpiryAt(DateTime nowUtc, StaffSessionOptions options) =>
        nowUtc - StartedAtUtc > options.MaximumDuration ? SessionEndReason.MaximumDurationReached
        : nowUtc - LastActivityAtUtc > options.IdleTimeout ? SessionEndReason.IdleTimeout
        : null;

    /// <summary>
    /// The employee did something. Written only when the last recorded activity is at least
    /// <paramref name="writeInterval"/> old (true: the row changed); an ended session stays ended.
    /// </summary>
    public bool RecordActivity(DateTime nowUtc, TimeSpan writeInterval)
    {
        if (IsEnded || nowUtc - LastActivityAtUtc < writeInterval)
        {
            return false;
        }

        LastActivityAtUtc = nowUtc;
        return true;
    }

    /// <summary>Ends the session for good; ending an ended session keeps its first reason.</summary>
    public void End(SessionEndReason reason, DateTime nowUtc)
    {
        if (IsEnded)
        {
            return;
        }

        EndedAtUtc = nowUtc;
        EndReason = reason;
    }
}
