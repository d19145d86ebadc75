namespace PanteinExtra.Core.Retention;

/// <summary>A policy as it was from one version on: the history the FG and the register can look back on.</summary>
[Display(Name = "versie van een bewaarbeleid")]
public sealed class RetentionPolicyVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PolicyId { get; init; }

    public int Version { get; init; }

    public required string Name { get; init; }

    public int PeriodMonths { get; init; }

    public RetentionTrigger Trigger { get; init; }

    public RetentionGround Ground { get; init; }

    public string? Law { get; init; }

    public int? StatutoryMinimumMonths { get; init; }

    public string? Motivation { get; init; }

    public RetentionAction Action { get; init; }

    public DateTime ChangedAtUtc { get; init; }

    public required string ChangedByUserId { get; init; }

    public required string ChangedByName { get; init; }

    /// <summary>Why it changed, as the administrator wrote it.</summary>
    public string? Note { get; init; }
}
