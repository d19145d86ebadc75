namespace PanteinExtra.Core.Auditing;

/// <summary>Filters of the FG's access log. Dates are Dutch calendar dates, inclusive.</summary>
public sealed record AuditLogQuery
{
    public string? UserId { get; init; }

    public string? UserNameContains { get; init; }

    public Guid? SubjectHouseholdId { get; init; }

    public Guid? SubjectPersonId { get; init; }

    public string? EventTypePrefix { get; init; }

    /// <summary>One event type exactly (the Dutch picker of <see cref="AuditEventNames.Choices"/>).</summary>
    public string? EventType { get; init; }

    /// <summary>The household with this member number (seven digits).</summary>
    public string? MemberNumber { get; init; }

    public string? PurposeContains { get; init; }

    /// <summary>Leave out events by employees in this role (the household page folds the FG's own supervision reads away).</summary>
    public string? ExcludeRole { get; init; }

    /// <summary>Only events by employees in this role.</summary>
    public string? OnlyRole { get; init; }

    public AuditOutcome? Outcome { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>A row of the access log as the FG sees it: the subject by member number and main member's name.</summary>
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
    string? Details)
{
    public string UserId { get; init; } = "";

    public string? SubjectMemberNumber { get; init; }

    public string? SubjectName { get; init; }

    public string? TraceId { get; init; }

    public Guid? ProcessingActivityId { get; init; }

    public int? ProcessingActivityVersion { get; init; }

    /// <summary>The register's activity and the version that held when the event was written: "Ledenadministratie (versie 3)".</summary>
    public string? Activity { get; init; }

    /// <summary>The Dutch name of the event ("huishouden ingezien").</summary>
    public string EventName => AuditEventNames.Describe(EventType);
}

/// <summary>One employee's accesses in a period, for the FG's per-employee overview.</summary>
public sealed record EmployeeAccessOverview(
    string UserId, string UserName, string UserRole, long Events, long HouseholdViews, long Households, long Denied, DateTime LastAtUtc);

/// <summary>The last check of the chain and the last checkpoint outside the database (either may be missing).</summary>
public sealed record AuditChainStatus(Chain.AuditChainCheck? LastCheck, Chain.AuditCheckpoint? LastCheckpoint);
