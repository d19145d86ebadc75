using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.LogControl;

/// <summary>An employee in the FG's small staff directory: the facts the own-surname/own-address rule compares with.</summary>
[Display(Name = "medewerker in het personeelsoverzicht")]
public sealed class StaffDirectoryEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The user id the access log carries (the sign-in's object id or demo id).</summary>
    public required string UserId { get; init; }

    public required string Name { get; set; }

    public required string Surname { get; set; }

    public string? Postcode { get; set; }

    public int? HouseNumber { get; set; }

    public string? ManagerName { get; set; }

    /// <summary>When the employee last confirmed the duty of confidentiality (geheimhoudingsplicht).</summary>
    public DateOnly? ConfidentialityConfirmedOn { get; set; }

    /// <summary>The FG corrects the facts the own-surname/own-address rule compares with.</summary>
    public void CorrectFacts(string name, string surname, string? postcode, int? houseNumber, string? managerName)
    {
        Name = name;
        Surname = surname;
        Postcode = postcode;
        HouseNumber = postcode is null ? null : houseNumber;
        ManagerName = managerName;
    }

    /// <summary>The employee confirms the duty of confidentiality today (on first sign-in and again every year).</summary>
    public void ConfirmConfidentiality(DateOnly today) => ConfidentialityConfirmedOn = today;
}

/// <summary>One rule's finding: an employee, the households and the events as evidence, and its review.</summary>
[Display(Name = "bevinding van de logcontrole")]
public sealed partial class ControlFinding
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ControlRule Rule { get; init; }

    public DateOnly Day { get; init; }

    public required string UserId { get; init; }

    public required string UserName { get; init; }

    /// <summary>The households involved, comma-separated ids.</summary>
    public required string HouseholdIds { get; init; }

    /// <summary>The events that are the evidence, comma-separated sequence numbers (at most <see cref="LogControlLimits.EvidenceEvents"/>).</summary>
    public required string EventSequences { get; init; }

    /// <summary>What the rule saw, in Dutch, without personal values.</summary>
    public required string Summary { get; init; }

    public DateTime DetectedAtUtc { get; init; }

    public FindingStatus Status { get; private set; } = FindingStatus.Open;

    public FindingEscalation Escalation { get; private set; } = FindingEscalation.None;

    public string? ReviewNote { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    public IReadOnlyList<long> Evidence => EventSequences.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
}

/// <summary>One run of the control rules over one Dutch calendar day.</summary>
[Display(Name = "run van de logcontrole")]
public sealed class ControlRun
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateOnly Day { get; init; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime FinishedAtUtc { get; set; }

    public int Findings { get; set; }

    public long EventsExamined { get; set; }

    public required string RunBy { get; init; }
}

public enum ControlRule
{
    [Display(Name = "eigen achternaam of adres")]
    OwnSurnameOrAddress,

    [Display(Name = "buiten werktijd")]
    OutsideWorkingHours,

    [Display(Name = "veel meer dan het eigen gemiddelde")]
    VolumeAboveBaseline,

    [Display(Name = "veel zoeken, weinig gesprekken")]
    Fishing,

    [Display(Name = "volledig ingezien zonder bellercontrole of verzoek")]
    NoLawfulGround,

    [Display(Name = "veel downloads van persoonsgegevens")]
    BulkDownloads,

    [Display(Name = "toegang tot een beschermd huishouden")]
    ProtectedHouseholdAccess,
}

public enum FindingStatus
{
    [Display(Name = "open")]
    Open,

    [Display(Name = "verklaard")]
    Explained,

    [Display(Name = "niet gerechtvaardigd")]
    NotJustified,
}

public enum FindingEscalation
{
    [Display(Name = "niet geëscaleerd")]
    None,

    [Display(Name = "geëscaleerd naar de leidinggevende")]
    Manager,

    [Display(Name = "geëscaleerd naar het register van datalekken")]
    BreachRegister,
}

public static class LogControlLimits
{
    public const int UserId = 200;
    public const int Name = 200;
    public const int Postcode = 6;
    public const int HouseholdIds = 4000;
    public const int EventSequences = 2000;
    public const int Summary = 500;
    public const int ReviewNote = 2000;
    public const int EvidenceEvents = 100;
}
