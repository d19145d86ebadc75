namespace PanteinExtra.Core.Members;

/// <summary>
/// The call the agent is serving in this scope (one Blazor circuit): which household and the caller check.
/// Core services read it to decide between the full and the limited view and whether edits are allowed.
/// </summary>
public sealed class CallContext
{
    public CallerCheckResult? Current { get; private set; }

    public CallerCheckResult? For(Guid householdId) => Current?.HouseholdId == householdId ? Current : null;

    internal void Start(CallerCheckResult result) => Current = result;

    internal void End() => Current = null;
}
