namespace PanteinExtra.Core.Sessions;

/// <summary>Whether a session may still be used; when not, why (null: unknown or never started here).</summary>
public sealed record SessionCheck(bool IsValid, SessionEndReason? EndReason)
{
    public static readonly SessionCheck Valid = new(true, null);

    public static SessionCheck Ended(SessionEndReason? reason) => new(false, reason);
}

/// <summary>An employee's open sessions, as the FG sees them.</summary>
public sealed record EmployeeSessions(
    string UserId,
    string UserName,
    string Role,
    int Sessions,
    DateTime FirstStartedAtUtc,
    DateTime LastActivityAtUtc);
