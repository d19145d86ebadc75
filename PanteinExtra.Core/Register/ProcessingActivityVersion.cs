namespace PanteinExtra.Core.Register;

/// <summary>
/// One immutable version of an activity: who, when, which items changed, and the full content at that moment
/// (with the processor names as they were). Rows are only ever added; the database refuses updates and deletes.
/// </summary>
[Display(Name = "versie van een verwerking")]
public sealed class ProcessingActivityVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ActivityId { get; init; }

    public int Number { get; init; }

    public DateTime ChangedAtUtc { get; init; }

    public required string ChangedByUserId { get; init; }

    public required string ChangedByName { get; init; }

    public VersionChangeKind Kind { get; init; }

    /// <summary>The changed <see cref="RegisterField"/> names, comma separated (every item for a first version).</summary>
    public required string ChangedFields { get; init; }

    /// <summary>JSON of <see cref="ActivitySnapshot"/>.</summary>
    public required string Snapshot { get; init; }
}
