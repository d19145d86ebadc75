using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>
/// A record that the chain head was written outside the database. The file is the proof (the database may be
/// rewritten); this row lets the FG see when and where each checkpoint was made.
/// </summary>
[NotAudited]
public sealed class AuditCheckpoint
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The last event covered; the chain up to here is anchored.</summary>
    public long Sequence { get; init; }

    public required string Hash { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public AuditCheckpointReason Reason { get; init; }

    /// <summary>The file name inside the checkpoint folder.</summary>
    public required string FileName { get; init; }
}

public enum AuditCheckpointReason
{
    [Display(Name = "elk uur")]
    Scheduled,

    [Display(Name = "op verzoek van de FG")]
    OnDemand,

    [Display(Name = "voor het opschonen van het log")]
    Pruning,
}

/// <summary>The outcome of one check of the chain, kept so the FG's start page shows the last one.</summary>
[NotAudited]
public sealed class AuditChainCheck
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTime CheckedAtUtc { get; init; }

    public long EventsChecked { get; init; }

    public bool IsIntact { get; init; }

    public long? BrokenAtSequence { get; init; }

    public required string CheckedBy { get; init; }

    public string? Problem { get; init; }

    public int DurationMs { get; init; }
}

public static class AuditChainLimits
{
    public const int FileName = 200;

    public const int Problem = 500;

    public const int CheckedBy = 200;
}
