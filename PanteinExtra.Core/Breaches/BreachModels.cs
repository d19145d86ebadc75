namespace PanteinExtra.Core.Breaches;

/// <summary>
/// The breach file as it stands (or stood, read back from a <see cref="BreachVersion"/>): every answer of the AP's
/// notification form. Serialised as the version's snapshot, so it holds only plain values.
/// </summary>
public sealed record BreachFile
{
    public Guid Id { get; init; }

    public int Number { get; init; }

    public int Version { get; init; }

    public BreachStatus Status { get; init; }

    public string ReportedByName { get; init; } = "";

    public DateTime AwareAtUtc { get; init; }

    public DateTime DiscoveredAtUtc { get; init; }

    public string WhatHappened { get; init; } = "";

    public string? DataAndPersons { get; init; }

    public DateTime? StartedAtUtc { get; init; }

    public DateTime? EndedAtUtc { get; init; }

    public bool Ongoing { get; init; }

    public string? Summary { get; init; }

    public BreachKind Kinds { get; init; }

    public BreachDataCategory DataCategories { get; init; }

    public IReadOnlyList<Guid> ActivityIds { get; init; } = [];

    public int? PersonsMin { get; init; }

    public int? PersonsMax { get; init; }

    public string? PersonGroups { get; init; }

    public BreachProtection Protection { get; init; }

    public bool ConfidentialityAffected { get; init; }

    public bool IntegrityAffected { get; init; }

    public bool AvailabilityAffected { get; init; }

    public string? LikelyHarm { get; init; }

    public string? OtherAuthorities { get; init; }

    public decimal? Score { get; init; }

    public SeverityBand? ComputedBand { get; init; }

    public SeverityBand? OverruledBand { get; init; }

    public string? OverruleReason { get; init; }

    public string? EnisaReasoning { get; init; }

    public string? NotifyReasoning { get; init; }

    public MemberInformation? MemberInformation { get; init; }

    public string? MemberInformationReasoning { get; init; }

    public string? PublicNotice { get; init; }

    public DateOnly? MembersInformedOn { get; init; }

    public string? ApReference { get; init; }

    public DateTime? NotifiedAtUtc { get; init; }

    public int NotificationPhases { get; init; }

    public string? DelayReason { get; init; }

    public string? WithdrawReason { get; init; }

    public DateTime? ClosedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; init; }

    public SeverityBand? Band => OverruledBand ?? ComputedBand;

    public static BreachFile From(Breach b) => new()
    {
        Id = b.Id,
        Number = b.Number,
        Version = b.Version,
        Status = b.Status,
        ReportedByName = b.ReportedByName,
        AwareAtUtc = b.AwareAtUtc,
        DiscoveredAtUtc = b.DiscoveredAtUtc,
        WhatHappened = b.WhatHappened,
        DataAndPersons = b.DataAndPersons,
        StartedAtUtc = b.StartedAtUtc,
        EndedAtUtc = b.EndedAtUtc,
        Ongoing = b.Ongoing,
        Summary = b.Summary,
        Kinds = b.Kinds,
        DataCategories = b.DataCategories,
        ActivityIds = b.ActivityIds.ToList(),
        PersonsMin = b.PersonsMin,
        PersonsMax = b.PersonsMax,
        PersonGroups = b.PersonGroups,
        Protection = b.Protection,
        ConfidentialityAffected = b.ConfidentialityAffected,
        IntegrityAffected = b.IntegrityAffected,
        AvailabilityAffected = b.AvailabilityAffected,
        LikelyHarm = b.LikelyHarm,
        OtherAuthorities = b.OtherAuthorities,
        Score = b.Score,
        ComputedBand = b.ComputedBand,
        OverruledBand = b.OverruledBand,
        OverruleReason = b.OverruleReason,
        EnisaReasoning = b.Context is { } c && b.Identification is { } i
            ? EnisaSeverity.Score(new EnisaAnswers(c, i, b.Confidentiality, b.Integrity, b.Availability, b.Malicious)).Reasoning
            : null,
        NotifyReasoning = b.NotifyReasoning,
        MemberInformation = b.MemberInformation,
        MemberInformationReasoning = b.MemberInformationReasoning,
        PublicNotice = b.PublicNotice,
        MembersInformedOn = b.MembersInformedOn,
        ApReference = b.ApReference,
        NotifiedAtUtc = b.NotifiedAtUtc,
        NotificationPhases = b.NotificationPhases,
        DelayReason = b.DelayReason,
        WithdrawReason = b.WithdrawReason,
        ClosedAtUtc = b.ClosedAtUtc,
        UpdatedAtUtc = b.UpdatedAtUtc,
    };
}

/// <summary>Everything the FG's breach file page shows.</summary>
public sealed record BreachDetails(
    BreachFile File,
    BreachClockState Clock,
    BreachFileInput Input,
    IReadOnlyList<AffectedRow> Affected,
    int AffectedPersons,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<LetterRow> Letters,
    IReadOnlyList<VersionRow> History,
    IReadOnlyList<ActivityChoice> Activities,
    BreachDataCategory SuggestedCategories);

/// <summary>A line of the register (and of the FG's start page).</summary>
public sealed record BreachSummary(
    Guid Id,
    int Number,
    BreachStatus Status,
    DateTime AwareAtUtc,
    string ReportedByName,
    string WhatHappened,
    SeverityBand? Band,
    int? PersonsMax,
    string? ApReference,
    DateTime? NotifiedAtUtc,
    BreachClockState Clock,
    MemberInformation? MemberInformation,
    DateTime? ClosedAtUtc);

/// <summary>A report as its reporter sees it again.</summary>
public sealed record MyReport(int Number, DateTime AwareAtUtc, string WhatHappened, BreachStatus Status);

public sealed record AffectedRow(Guid Id, Guid HouseholdId, Guid? PersonId, string MemberNumber, string Name, AffectedSource Source, int? Views);

public sealed record MeasureRow(Guid Id, string Description, string Owner, DateOnly DueOn, DateOnly? DoneOn);

public sealed record LetterRow(Guid Id, Guid HouseholdId, string AddressedTo, string Text, DateOnly? SentOn, string? SentByName);

public sealed record VersionRow(int Version, DateTime AtUtc, BreachStep Step, BreachStatus Status, string ByName, string? Note);

public sealed record ActivityChoice(Guid Id, string Name);

/// <summary>A household or person the employee viewed in the period, with how many times.</summary>
/// <summary>An employee who appears in the access log, to pick for the derivation (role in Dutch).</summary>
public sealed record LoggedEmployee(string UserId, string Name, string Role);

public sealed record AccessedSubject(Guid HouseholdId, Guid? PersonId, string MemberNumber, string Name, int Views);

/// <summary>A household found by search, to add as affected.</summary>
public sealed record AffectedCandidate(Guid HouseholdId, string MemberNumber, string Name, string Address);

/// <summary>An employee who appears in the sessions, to pick for the derivation.</summary>
public sealed record EmployeeChoice(string UserId, string Name);
