using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// One (suspected) personal data breach as it stands now, with the sections of the AP's notification form.
/// Each step also appends a <see cref="BreachVersion"/> with the file as it then stood (the history).
/// </summary>
[Display(Name = "datalek")]
public sealed class Breach : IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Datalek #N, counted from 1.</summary>
    public int Number { get; init; }

    public BreachStatus Status { get; private set; }

    // Report (anyone)
    public required string ReportedByUserId { get; init; }

    public required string ReportedByName { get; init; }

    /// <summary>The moment of awareness: when the report reached the organisation (the 72 hours run from here).</summary>
    public DateTime AwareAtUtc { get; init; }

    /// <summary>When the reporter discovered it (may be earlier than the report).</summary>
    public DateTime DiscoveredAtUtc { get; init; }

    public required string WhatHappened { get; init; }

    public string? DataAndPersons { get; init; }

    // Timeline and nature (FG)
    public DateTime? StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public bool Ongoing { get; private set; }

    public string? Summary { get; private set; }

    public BreachKind Kinds { get; private set; }

    // Data and persons
    public BreachDataCategory DataCategories { get; private set; }

    /// <summary>The register activities the breach touches (pre-fill the categories).</summary>
    public List<Guid> ActivityIds { get; private set; } = [];

    public int? PersonsMin { get; private set; }

    public int? PersonsMax { get; private set; }

    public string? PersonGroups { get; private set; }

    public BreachProtection Protection { get; private set; }

    // Consequences
    public bool ConfidentialityAffected { get; private set; }

    public bool IntegrityAffected { get; private set; }

    public bool AvailabilityAffected { get; private set; }

    public string? LikelyHarm { get; private set; }

    public string? OtherAuthorities { get; private set; }

    // ENISA
    public DataProcessingContext? Context { get; private set; }

    public EaseOfIdentification? Identification { get; private set; }

    public ConfidentialityLoss Confidentiality { get; private set; }

    public IntegrityLoss Integrity { get; private set; }

    public AvailabilityLoss Availability { get; private set; }

    public bool Malicious { get; private set; }

    public decimal? Score { get; private set; }

    public SeverityBand? ComputedBand { get; private set; }

    public SeverityBand? OverruledBand { get; private set; }

    public string? OverruleReason { get; private set; }

    // Decisions (Art. 33(5))
    public string? NotifyReasoning { get; private set; }

    public MemberInformation? MemberInformation { get; private set; }

    public string? MemberInformationReasoning { get; private set; }

    public string? PublicNotice { get; private set; }

    public DateOnly? MembersInformedOn { get; private set; }

    // AP notification
    public string? ApReference { get; private set; }

    public DateTime? NotifiedAtUtc { get; private set; }

    public int NotificationPhases { get; private set; }

    public string? DelayReason { get; private set; }

    public string? WithdrawReason { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public int Version { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The band that counts: the FG's overrule (with its reason) or the computed one.</summary>
    public SeverityBand? Band => OverruledBand ?? ComputedBand;

    public bool IsOpen => BreachStateMachine.IsOpen(Status);

    public static Breach Report(int number, string userId, string userName, DateTime nowUtc, DateTime discoveredAtUtc, string whatHappened, string? dataAndPersons) => new()
    {
        Number = number,
        Status = BreachStatus.Reported,
        ReportedByUserId = userId,
        ReportedByName = userName,
        AwareAtUtc = nowUtc,
        DiscoveredAtUtc = discoveredAtUtc,
        WhatHappened = whatHappened,
        DataAndPersons = dataAndPersons,
        Protection = BreachProtection.Unknown,
        UpdatedAtUtc = nowUtc,
    };

    /// <summary>The FG fills in or corrects the file; the first time, the assessment starts.</summary>
    public string? UpdateFile(BreachFileInput f, DateTime nowUtc)
    {
        if (Status == BreachStatus.Closed)
        {
            return "Een afgesloten datalek kan niet meer worden gewijzigd.";
        }

        if (Status == BreachStatus.Reported)
        {
            Status = BreachStatus.Assessing;
        }

        StartedAtUtc = f.StartedAt is { } s ? DutchTime.ToUtc(s) : null;
        EndedAtUtc = !f.Ongoing && f.EndedAt is { } e ? DutchTime.ToUtc(e) : null;
        Ongoing = f.Ongoing;
        Summary = f.Summary;
        Kinds = f.Kinds;
        DataCategories = f.DataCategories;
        ActivityIds = f.ActivityIds.Distinct().ToList();
        PersonsMin = f.PersonsMin;
        PersonsMax = f.PersonsMax;
        PersonGroups = f.PersonGroups;
        Protection = f.Protection;
        ConfidentialityAffected = f.ConfidentialityAffected;
        IntegrityAffected = f.IntegrityAffected;
        AvailabilityAffected = f.AvailabilityAffected;
        LikelyHarm = f.LikelyHarm;
        OtherAuthorities = f.OtherAuthorities;
        Context = f.Context;
        Identification = f.Identification;
        Confidentiality = f.Confidentiality;
        Integrity = f.Integrity;
        Availability = f.Availability;
        Malicious = f.Malicious;
        if (f.Answers is { } answers)
        {
            var score = EnisaSeverity.Score(answers);
            Score = score.Score;
            ComputedBand = score.Band;
        }
        else
        {
            Score = null;
            ComputedBand = null;
        }

        OverruledBand = f.OverruledBand;
        OverruleReason = f.OverruledBand is null ? null : f.OverruleReason;
        Touch(nowUtc);
        return null;
    }

    /// <summary>The count of the affected persons fills the form's minimum and maximum.</summary>
    public void CountAffected(int persons)
    {
        PersonsMin = persons;
        PersonsMax = Math.Max(persons, PersonsMax ?? 0);
    }

    public string? DecideNotToNotify(string reasoning, DateTime nowUtc)
    {
        if (BreachStateMachine.Refusal(Status, BreachStatus.NotNotified) is { } refusal)
        {
            return refusal;
        }

        Status = BreachStatus.NotNotified;
        NotifyReasoning = reasoning;
        Touch(nowUtc);
        return null;
    }

    public string? RecordNotification(string reference, DateTime notifiedAtUtc, string? reasoning, string? delayReason, DateTime nowUtc)
    {
        if (BreachStateMachine.Refusal(Status, BreachStatus.Notified) is { } refusal)
        {
            return refusal;
        }

        Status = BreachStatus.Notified;
        ApReference = reference;
        NotifiedAtUtc = notifiedAtUtc;
        NotificationPhases = 1;
        NotifyReasoning = reasoning;
        DelayReason = BreachClock.IsLate(AwareAtUtc, notifiedAtUtc) ? delayReason : null;
        Touch(nowUtc);
        return null;
    }

    public string? Supplement(DateTime nowUtc)
    {
        if (Status != BreachStatus.Notified)
        {
            return "Alleen een melding die bij de AP loopt kan worden aangevuld.";
        }

        NotificationPhases++;
        Touch(nowUtc);
        return null;
    }

    public string? Withdraw(string reason, DateTime nowUtc)
    {
        if (BreachStateMachine.Refusal(Status, BreachStatus.Withdrawn) is { } refusal)
        {
            return refusal;
        }

        Status = BreachStatus.Withdrawn;
        WithdrawReason = reason;
        Touch(nowUtc);
        return null;
    }

    public string? DecideMemberInformation(MemberInformation decision, string reasoning, string? publicNotice, DateOnly? informedOn, DateTime nowUtc)
    {
        if (Status is BreachStatus.Reported or BreachStatus.Closed)
        {
            return "Besluit eerst over het datalek (beoordeling), en niet meer na afsluiten.";
        }

        MemberInformation = decision;
        MemberInformationReasoning = reasoning;
        PublicNotice = decision == Breaches.MemberInformation.PublicNotice ? publicNotice : null;
        MembersInformedOn = informedOn;
        Touch(nowUtc);
        return null;
    }

    public string? Close(int measures, DateTime nowUtc)
    {
        if (BreachStateMachine.Refusal(Status, BreachStatus.Closed) is { } refusal)
        {
            return refusal;
        }

        if (measures == 0)
        {
            return "Leg eerst de genomen maatregelen vast (met eigenaar en datum).";
        }

        if (MemberInformation is null)
        {
            return "Leg eerst vast of en hoe de betrokkenen worden geïnformeerd (of waarom niet).";
        }

        Status = BreachStatus.Closed;
        ClosedAtUtc = nowUtc;
        Touch(nowUtc);
        return null;
    }

    /// <summary>A step that changes what hangs off the breach (affected, measures, letters) still counts as a version.</summary>
    public void Touch(DateTime nowUtc)
    {
        Version++;
        UpdatedAtUtc = nowUtc;
    }
}
