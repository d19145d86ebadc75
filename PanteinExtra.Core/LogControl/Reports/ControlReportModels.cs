using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.LogControl;

/// <summary>A month's report as the page and the workbook show it: live while a draft, frozen once signed off.</summary>
public sealed record ControlReportView(
    ReportMonth Month,
    ControlReport? Report,
    ControlReportFigures Figures,
    IReadOnlyList<ReportFindingRow> Findings,
    IReadOnlyList<ReportSampleRow> Sample,
    IReadOnlyList<string> MissingForSignOff)
{
    public ControlReportStatus? Status => Report?.Status;

    public bool CanSignOff => Report is { IsSignedOff: false } && MissingForSignOff.Count == 0;
}

public sealed record ReportFindingRow(
    Guid FindingId, ControlRule Rule, DateOnly Day, string UserName, string Summary, int Households, FindingStatus Status,
    FindingEscalation Escalation, string? ReviewNote, string? ReviewedBy, DateTime? ReviewedAtUtc, string? ManagerName, int? BreachNumber);

public sealed record ReportSampleRow(
    Guid Id, int Ordinal, long Sequence, DateTime AtUtc, string UserName, string UserRole, string EventType, string? PurposeOfUse,
    AuditOutcome Outcome, Guid? HouseholdId, string? MemberNumber, SampleVerdict Verdict, string? Note, string? CheckedBy, DateTime? CheckedAtUtc)
{
    public string EventName => AuditEventNames.Describe(EventType);
}

public sealed record ControlReportSummary(
    ReportMonth Month, ControlReportStatus Status, DateTime StartedAtUtc, string StartedBy, string? SignedOffBy, DateTime? SignedOffAtUtc, int? Findings);

/// <summary>The report status of this month and the previous one, for the FG's start page (null: not started).</summary>
public sealed record ControlReportHomeStatus(ReportMonth Current, ControlReportStatus? CurrentStatus, ReportMonth Previous, ControlReportStatus? PreviousStatus);
