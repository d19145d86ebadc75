using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The FG's monthly control report: the month's findings with their reviews, a random sample of household views
/// checked by hand, and the FG's sign-off with a conclusion. Draft -> signed off; once signed off nothing changes,
/// and its contents are kept as rows of their own (<see cref="ControlReportFinding"/>, <see cref="ControlReportSample"/>).
/// </summary>
[Display(Name = "maandrapport van de logcontrole")]
public sealed class ControlReport : IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Year { get; init; }

    public int Month { get; init; }

    public ControlReportStatus Status { get; private set; } = ControlReportStatus.Draft;

    public DateTime StartedAtUtc { get; init; }

    public required string StartedBy { get; init; }

    /// <summary>How many accesses are to be drawn.</summary>
    public int SampleSize { get; init; }

    /// <summary>The seed of the draw, kept so that the draw can be shown again.</summary>
    public long? Seed { get; private set; }

    public DateTime? DrawnAtUtc { get; private set; }

    /// <summary>How many household views of the month the sample was drawn from.</summary>
    public int? Population { get; private set; }

    // Frozen at sign-off: the month's figures as the FG signed them.
    public int? FindingsTotal { get; private set; }

    public int? FindingsExplained { get; private set; }

    public int? FindingsToManager { get; private set; }

    public int? FindingsToBreach { get; private set; }

    public int? ControlRuns { get; private set; }

    public int? DaysControlled { get; private set; }

    public int? SampleQuestions { get; private set; }

    public string? Conclusion { get; private set; }

    public string? SignedOffBy { get; private set; }

    public string? SignedOffByUserId { get; private set; }

    public DateTime? SignedOffAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public ReportMonth Period => new(Year, Month);

    public bool IsSignedOff => Status == ControlReportStatus.SignedOff;

    /// <summary>Null while a draft; once signed off, the Dutch reason every change is refused.</summary>
    public string? ChangeRefusal => IsSignedOff
        ? $"Het maandrapport van {Period.Label} is op {Dutch.Moment(SignedOffAtUtc)} afgetekend door {SignedOffBy} en wordt niet meer gewijzigd."
        : null;

    public static ControlReport Start(ReportMonth month, string by, DateTime nowUtc, int sampleSize) => new()
    {
        Year = month.Year,
        Month = month.Month,
        StartedAtUtc = nowUtc,
        StartedBy = by,
        SampleSize = sampleSize,
    };

    public string? RecordDraw(long seed, int population, DateTime nowUtc)
    {
        if (ChangeRefusal is { } refusal)
        {
            return refusal;
        }

        if (Seed is not null)
        {
            return "De steekproef van deze maand is al getrokken; een trekking wordt niet overgedaan.";
        }

        Seed = seed;
        Population = population;
        DrawnAtUtc = nowUtc;
        return null;
    }

    public string? SignOff(ControlReportFigures figures, string conclusion, string byUserId, string byName, DateTime nowUtc)
    {
        if (ChangeRefusal is { } refusal)
        {
            return refusal;
        }

        FindingsTotal = figures.Findings;
        FindingsExplained = figures.Explained;
        FindingsToManager = figures.ToManager;
        FindingsToBreach = figures.ToBreach;
        ControlRuns = figures.Runs;
        DaysControlled = figures.DaysControlled;
        SampleQuestions = figures.SampleQuestions;
        Conclusion = conclusion;
        SignedOffByUserId = byUserId;
        SignedOffBy = byName;
        SignedOffAtUtc = nowUtc;
        Status = ControlReportStatus.SignedOff;
        return null;
    }
}

/// <summary>The month's figures: live for a draft, as signed for a signed-off report.</summary>
public sealed record ControlReportFigures(int Findings, int Explained, int ToManager, int ToBreach, int Open, int Runs, int DaysControlled, int SampleQuestions);

/// <summary>One finding of the month as it stood when the FG signed the report.</summary>
[Display(Name = "bevinding in een maandrapport")]
public sealed class ControlReportFinding
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ReportId { get; init; }

    public Guid FindingId { get; init; }

    public ControlRule Rule { get; init; }

    public DateOnly Day { get; init; }

    public required string UserName { get; init; }

    public required string Summary { get; init; }

    public int Households { get; init; }

    public FindingStatus Status { get; init; }

    public FindingEscalation Escalation { get; init; }

    public string? ReviewNote { get; init; }

    public string? ReviewedBy { get; init; }

    public DateTime? ReviewedAtUtc { get; init; }

    public string? ManagerName { get; init; }

    public int? BreachNumber { get; init; }

    public static ControlReportFinding Of(Guid reportId, ControlFinding f) => new()
    {
        ReportId = reportId,
        FindingId = f.Id,
        Rule = f.Rule,
        Day = f.Day,
        UserName = f.UserName,
        Summary = f.Summary,
        Households = f.Households.Count,
        Status = f.Status,
        Escalation = f.Escalation,
        ReviewNote = f.ReviewNote,
        ReviewedBy = f.ReviewedBy,
        ReviewedAtUtc = f.ReviewedAtUtc,
        ManagerName = f.ManagerName,
        BreachNumber = f.BreachNumber,
    };
}

/// <summary>One drawn access: the event's facts copied at the draw, and the FG's check of it.</summary>
[Display(Name = "steekproeftoegang in een maandrapport")]
public sealed class ControlReportSample
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ReportId { get; init; }

    /// <summary>Order of the draw, from 1.</summary>
    public int Ordinal { get; init; }

    public long Sequence { get; init; }

    public DateTime AtUtc { get; init; }

    public required string UserName { get; init; }

    public required string UserRole { get; init; }

    public required string EventType { get; init; }

    public string? PurposeOfUse { get; init; }

    public AuditOutcome Outcome { get; init; }

    public Guid? HouseholdId { get; init; }

    public SampleVerdict Verdict { get; private set; } = SampleVerdict.NotChecked;

    public string? Note { get; private set; }

    public string? CheckedBy { get; private set; }

    public DateTime? CheckedAtUtc { get; private set; }

    /// <summary>The FG's check of the access; the report refuses it once signed off.</summary>
    public void Check(SampleVerdict verdict, string? note, string by, DateTime nowUtc)
    {
        Verdict = verdict;
        Note = note;
        CheckedBy = by;
        CheckedAtUtc = nowUtc;
    }
}

public enum ControlReportStatus
{
    [Display(Name = "concept")]
    Draft,

    [Display(Name = "afgetekend")]
    SignedOff,
}

public enum SampleVerdict
{
    [Display(Name = "nog niet gecontroleerd")]
    NotChecked,

    [Display(Name = "in orde")]
    Ok,

    [Display(Name = "vraag aan de medewerker")]
    Question,
}

public static class ControlReportLimits
{
    public const int Conclusion = 4000;
    public const int Note = 2000;
    public const int Name = LogControlLimits.Name;
    public const int EventType = 100;
    public const int Purpose = 300;
}
