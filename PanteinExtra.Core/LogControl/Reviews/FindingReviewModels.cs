using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.LogControl;

/// <summary>Filters of the FG's list of findings; every filter is optional.</summary>
public sealed record FindingQuery
{
    /// <summary>Null: all; false: open only; true: reviewed only.</summary>
    public bool? Reviewed { get; init; }

    public ControlRule? Rule { get; init; }

    /// <summary>The employee's user id.</summary>
    public string? UserId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

public sealed record FindingRow(
    Guid Id, ControlRule Rule, DateOnly Day, string UserId, string UserName, string Summary, int Households, int Events,
    FindingStatus Status, FindingEscalation Escalation, string? ReviewedBy, DateTime? ReviewedAtUtc, int? BreachNumber);

public sealed record EmployeeChoice(string UserId, string UserName);

/// <summary>A household in a finding's evidence: member number and main member.</summary>
public sealed record FindingHousehold(Guid Id, string MemberNumber, string MainMember, int Events);

/// <summary>One event of a finding's evidence, named in Dutch.</summary>
public sealed record FindingEvidenceEvent(
    long Sequence, DateTime AtUtc, string EventType, AuditAction Action, AuditOutcome Outcome, string? PurposeOfUse, Guid? HouseholdId, string? MemberNumber)
{
    public string EventName => AuditEventNames.Describe(EventType);
}

/// <summary>A finding with its evidence: the employee (name, role, manager from the staff directory), the households, the events.</summary>
public sealed record FindingDetails(
    ControlFinding Finding, string EmployeeRole, string? KnownManager, IReadOnlyList<FindingHousehold> Households, IReadOnlyList<FindingEvidenceEvent> Events);

/// <summary>A finding that became a breach, for the breach file's link back.</summary>
public sealed record FindingLink(Guid Id, ControlRule Rule, DateOnly Day, string UserName);
