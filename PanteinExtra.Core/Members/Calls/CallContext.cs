namespace PanteinExtra.Core.Members;

/// <summary>
/// The call the agent is serving in this scope (one Blazor circuit): which household and the caller check.
/// Core services read it to decide between the full and the limited view and whether edits are allowed.
/// </summary>
public sealed class CallContext
{
    public CallerCheckResult? Current { get; private set; }

    /// <summary>The reason the agent stated in this call for opening a protected household ("break the glass").</summary>
    public string? StatedReason { get; private set; }

    public CallerCheckResult? For(Guid householdId) => Current?.HouseholdId == householdId ? Current : null;

    /// <summary>The reason stated for this household in this call, if any; it never carries over to another call.</summary>
    public string? StatedReasonFor(Guid householdId) => Current?.HouseholdId == householdId ? StatedReason : null;

    internal void Start(CallerCheckResult result)
    {
        Current = result;
        StatedReason = null;
    }

    internal void StateReason(string reason) => StatedReason = reason;

    internal void End()
    {
        Current = null;
        StatedReason = null;
    }
}
