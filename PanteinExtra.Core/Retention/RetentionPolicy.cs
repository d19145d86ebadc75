namespace PanteinExtra.Core.Retention;

/// <summary>
/// How long one kind of record is kept, from which moment, on what ground, and what happens when the period is
/// over. One policy per record kind; every change raises <see cref="Version"/> and writes a
/// <see cref="RetentionPolicyVersion"/>.
/// </summary>
public sealed class RetentionPolicy
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The <see cref="IRetentionRecordKind.Key"/> this policy governs.</summary>
    public required string RecordKind { get; init; }

    public required string Name { get; set; }

    public int PeriodMonths { get; set; }

    public RetentionTrigger Trigger { get; set; }

    public RetentionGround Ground { get; set; }

    /// <summary>For a statutory ground: the law, e.g. "art. 52 AWR".</summary>
    public string? Law { get; set; }

    /// <summary>For a statutory ground: the minimum the law demands; the period may never be shorter.</summary>
    public int? StatutoryMinimumMonths { get; set; }

    /// <summary>For "strictly necessary": why this period is needed.</summary>
    public string? Motivation { get; set; }

    public RetentionAction Action { get; set; }

    public int Version { get; set; } = 1;

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public RetentionPolicyVersion Snapshot(DateTime atUtc, string userId, string userName, string? note) => new()
    {
        PolicyId = Id,
        Version = Version,
        Name = Name,
        PeriodMonths = PeriodMonths,
        Trigger = Trigger,
        Ground = Ground,
        Law = Law,
        StatutoryMinimumMonths = StatutoryMinimumMonths,
        Motivation = Motivation,
        Action = Action,
        ChangedAtUtc = atUtc,
        ChangedByUserId = userId,
        ChangedByName = userName,
        Note = note,
    };
}
