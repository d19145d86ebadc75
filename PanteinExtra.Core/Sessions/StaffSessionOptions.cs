namespace PanteinExtra.Core.Sessions;

/// <summary>
/// How long a staff session lives. The Portal reads them from <c>Auth:IdleMinutes</c> and <c>Auth:SessionMinutes</c>.
/// </summary>
public sealed record StaffSessionOptions
{
    /// <summary>Without activity for longer than this the session ends and the employee signs in again.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>No session lives longer than this after sign-in, however active (a working day).</summary>
    public TimeSpan MaximumDuration { get; init; } = TimeSpan.FromMinutes(480);

    /// <summary>
    /// Activity is written at most once per this interval per session, so a busy employee does not cause a write per
    /// click; the idle timeout is therefore exact to within this interval.
    /// </summary>
    public TimeSpan ActivityWriteInterval { get; init; } = TimeSpan.FromMinutes(1);
}
