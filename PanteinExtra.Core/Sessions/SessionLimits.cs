namespace PanteinExtra.Core.Sessions;

/// <summary>Maximum lengths of the session columns (the claims of the signed-in employee).</summary>
public static class SessionLimits
{
    public const int Role = 40;
}
