namespace PanteinExtra.Core.Auditing.Pruning;

public sealed class AuditLogPruneOptions
{
    /// <summary>Events deleted per transaction: small enough that the portal's own writes wait at most a moment.</summary>
    public int BatchSize { get; init; } = 5_000;
}
