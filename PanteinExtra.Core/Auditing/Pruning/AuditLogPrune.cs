namespace PanteinExtra.Core.Auditing.Pruning;

/// <summary>
/// A record that the oldest events of the access log were removed under its retention policy: which, why, by whom,
/// and the checkpoint outside the database that anchors the first event that remains. Append-only; the database only
/// lets events go that a prune row covers (the trigger on the events table checks it).
/// </summary>
[NotAudited]
public sealed class AuditLogPrune
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The first event removed (the log's first event before the prune).</summary>
    public long FromSequence { get; init; }

    /// <summary>The last event removed; the checkpoint is at this event, the log now starts right after it.</summary>
    public long UpToSequence { get; init; }

    public long EventCount { get; init; }

    /// <summary>The hash of event <see cref="UpToSequence"/>, as written in the checkpoint.</summary>
    public required string AnchorHash { get; init; }

    public required string CheckpointFileName { get; init; }

    /// <summary>The first day whose events are kept: every event before it had expired.</summary>
    public DateOnly ExpiredBefore { get; init; }

    public Guid PolicyId { get; init; }

    public int PolicyVersion { get; init; }

    public int PeriodMonths { get; init; }

    /// <summary>Why the prune stopped before the policy's limit, in Dutch; empty when it did not.</summary>
    public string? StoppedBecause { get; init; }

    public DateTime PrunedAtUtc { get; init; }

    public required string PrunedByUserId { get; init; }

    public required string PrunedByName { get; init; }
}

public static class AuditLogPruneLimits
{
    public const int StoppedBecause = 1000;
}
