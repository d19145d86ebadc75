namespace PanteinExtra.Core.Auditing;

/// <summary>Filters of the FG's access log. Dates are Dutch calendar dates, inclusive.</summary>
public sealed record AuditLogQuery
{
    public string? UserId { get; init; }

    public string? UserNameContains { get; init; }

    public Guid? SubjectHouseholdId { get; init; }

    public Guid? SubjectPersonId { get; init; }

    public string? EventTypePrefix { get; init; }

    public AuditOutcome? Outcome { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>A row of the access log as the FG sees it.</summary>
public sealed record AuditLogEntry(
    long Sequence,
    DateTime StartedAtUtc,
    string EventType,
    AuditAction Action,
    AuditOutcome Outcome,
    string UserName,
    string UserRole,
    string? PurposeOfUse,
    string? TargetType,
    string? TargetId,
    Guid? SubjectHouseholdId,
    Guid? SubjectPersonId,
    string? Details);

/// <summary>Counts for the FG's start page (no personal data).</summary>
public sealed record AuditLogSummary(long EventsToday, long DeniedToday, long DeniedLast30Days, long TotalEvents);

/// <summary>The last check of the chain and the last checkpoint outside the database (either may be missing).</summary>
public sealed record AuditChainStatus(Chain.AuditChainCheck? LastCheck, Chain.AuditCheckpoint? LastCheckpoint);
