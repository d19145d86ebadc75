namespace PanteinExtra.Core.Auditing;

/// <summary>What a caller tells the audit log about one access; the log adds who, when, where and the chain.</summary>
public sealed record AuditRecord(string EventType, AuditAction Action)
{
    public AuditOutcome Outcome { get; init; } = AuditOutcome.Success;

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }

    public Guid? SubjectHouseholdId { get; init; }

    public Guid? SubjectPersonId { get; init; }

    /// <summary>Overrides the purpose of use held by <see cref="AuditContext"/> for this one event.</summary>
    public string? PurposeOfUse { get; init; }

    /// <summary>When the audited operation began; defaults to the moment of recording.</summary>
    public DateTime? StartedAtUtc { get; init; }

    /// <summary>Custom fields (no personal values): serialised to the event's Details.</summary>
    public IReadOnlyDictionary<string, object?>? Details { get; init; }
}
