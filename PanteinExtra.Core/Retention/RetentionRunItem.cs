using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// One expired record in a run. Bookkeeping, not personal data: the change to the record itself is audited by
/// the SaveChanges interceptor, in the same transaction that marks this item done.
/// </summary>
[NotAudited]
public sealed class RetentionRunItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RunId { get; init; }

    public Guid PolicyId { get; init; }

    public required string RecordKind { get; init; }

    public Guid RecordId { get; init; }

    public Guid HouseholdId { get; init; }

    public DateOnly ExpiredOn { get; init; }

    /// <summary>Why it expired, e.g. "lidmaatschap beëindigd op 15-03-2019; termijn verstreken op 15-03-2021".</summary>
    public required string Reason { get; init; }

    public RetentionItemState State { get; set; }

    /// <summary>Why it is held, when <see cref="State"/> is Held.</summary>
    public string? HoldReason { get; set; }

    /// <summary>The batch that settled it (written with the batch's bookkeeping UPDATE).</summary>
    public int? BatchNumber { get; init; }

    public DateTime? ProcessedAtUtc { get; init; }

    /// <summary>The household came under a hold since the preview: the record is left alone, and why is kept.</summary>
    public void Hold(string reason)
    {
        State = RetentionItemState.Held;
        HoldReason = reason;
    }

    /// <summary>Its kind acted on the record (done), or found it gone or no longer expired (skipped).</summary>
    public void Settle(bool actedOn) => State = actedOn ? RetentionItemState.Done : RetentionItemState.Skipped;
}

/// <summary>
/// A record retention has already acted on. Unique per record: the database itself refuses doing anything twice,
/// and anonymised records are not listed again.
/// </summary>
[NotAudited]
public sealed class RetentionTombstone
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string RecordKind { get; init; }

    public Guid RecordId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid RunId { get; init; }

    public RetentionAction Action { get; init; }

    public DateTime AppliedAtUtc { get; init; }
}
