using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Breaches;

/// <summary>What any employee reports, in under a minute.</summary>
public sealed class ReportBreachInput : IValidatableObject
{
    [Display(Name = "Wat is er gebeurd?"), Mandatory, MaxText(BreachLimits.Text), MultiLine]
    public string? WhatHappened { get; set; }

    /// <summary>When the employee discovered it, in Dutch time.</summary>
    [Display(Name = "Wanneer ontdekt"), Mandatory]
    public DateTime? DiscoveredAt { get; set; }

    [Display(Name = "Om welke gegevens en wie gaat het (voor zover bekend)?"), MaxText(BreachLimits.Text), MultiLine]
    public string? DataAndPersons { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DiscoveredAt is { } d && d.Year < 2000)
        {
            yield return new ValidationResult("Vul een geldige datum en tijd in.", [nameof(DiscoveredAt)]);
        }
    }
}

/// <summary>The FG's breach file, section by section as on the AP's notification form, with ENISA's questions.</summary>
public sealed class BreachFileInput : IValidatableObject
{
    [Display(Name = "Begin van het datalek")]
    public DateTime? StartedAt { get; set; }

    [Display(Name = "Einde van het datalek")]
    public DateTime? EndedAt { get; set; }

    [Display(Name = "Duurt het datalek nog voort?")]
    public bool Ongoing { get; set; }

    [Display(Name = "Samenvatting"), MaxText(BreachLimits.Text), MultiLine]
    public string? Summary { get; set; }

    [Display(Name = "Soort datalek")]
    public BreachKind Kinds { get; set; }

    [Display(Name = "Soorten persoonsgegevens")]
    public BreachDataCategory DataCategories { get; set; }

    [Display(Name = "Verwerkingsactiviteiten")]
    public List<Guid> ActivityIds { get; set; } = [];

    [Display(Name = "Aantal personen (minimaal)"), Between(0, 10_000_000)]
    public int? PersonsMin { get; set; }

    [Display(Name = "Aantal personen (maximaal)"), Between(0, 10_000_000)]
    public int? PersonsMax { get; set; }

    [Display(Name = "Groepen personen"), MaxText(BreachLimits.ShortText)]
    public string? PersonGroups { get; set; }

    [Display(Name = "Versleuteld of gehasht")]
    public BreachProtection Protection { get; set; }

    [Display(Name = "Gevolgen voor de vertrouwelijkheid")]
    public bool ConfidentialityAffected { get; set; }

    [Display(Name = "Gevolgen voor de integriteit")]
    public bool IntegrityAffected { get; set; }

    [Display(Name = "Gevolgen voor de beschikbaarheid")]
    public bool AvailabilityAffected { get; set; }

    [Display(Name = "Waarschijnlijke schade voor de betrokkenen"), MaxText(BreachLimits.Text), MultiLine]
    public string? LikelyHarm { get; set; }

    [Display(Name = "Andere landen of toezichthouders"), MaxText(BreachLimits.ShortText)]
    public string? OtherAuthorities { get; set; }

    [Display(Name = "Context van de verwerking (DPC)")]
    public DataProcessingContext? Context { get; set; }

    [Display(Name = "Identificeerbaarheid (EI)")]
    public EaseOfIdentification? Identification { get; set; }

    [Display(Name = "Verlies van vertrouwelijkheid")]
    public ConfidentialityLoss Confidentiality { get; set; }

    [Display(Name = "Verlies van integriteit")]
    public IntegrityLoss Integrity { get; set; }

    [Display(Name = "Verlies van beschikbaarheid")]
    public AvailabilityLoss Availability { get; set; }

    [Display(Name = "Kwade opzet")]
    public bool Malicious { get; set; }

    [Display(Name = "Ernst bijgesteld naar")]
    public SeverityBand? OverruledBand { get; set; }

    [Display(Name = "Reden voor het bijstellen"), MaxText(BreachLimits.Reason), MultiLine]
    public string? OverruleReason { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    /// <summary>ENISA's answers, once the two base questions are answered.</summary>
    public EnisaAnswers? Answers => Context is { } c && Identification is { } i
        ? new EnisaAnswers(c, i, Confidentiality, Integrity, Availability, Malicious)
        : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PersonsMin is { } min && PersonsMax is { } max && max < min)
        {
            yield return new ValidationResult("Het maximum is kleiner dan het minimum.", [nameof(PersonsMax)]);
        }

        if (StartedAt is { } s && EndedAt is { } e && !Ongoing && e < s)
        {
            yield return new ValidationResult("Het einde ligt voor het begin.", [nameof(EndedAt)]);
        }

        if (OverruledBand is not null && string.IsNullOrWhiteSpace(OverruleReason))
        {
            yield return new ValidationResult("Bijstellen van de berekende ernst kan alleen met een schriftelijke reden.", [nameof(OverruleReason)]);
        }

        if (OverruledBand is not null && Answers is null)
        {
            yield return new ValidationResult("Beantwoord eerst de vragen van de ENISA-methode.", [nameof(OverruledBand)]);
        }
    }

    public static BreachFileInput From(Breach b) => new()
    {
        StartedAt = b.StartedAtUtc is { } s ? DutchTime.ToDutch(s) : null,
        EndedAt = b.EndedAtUtc is { } e ? DutchTime.ToDutch(e) : null,
        Ongoing = b.Ongoing,
        Summary = b.Summary ?? b.WhatHappened,
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
        Context = b.Context,
        Identification = b.Identification,
        Confidentiality = b.Confidentiality,
        Integrity = b.Integrity,
        Availability = b.Availability,
        Malicious = b.Malicious,
        OverruledBand = b.OverruledBand,
        OverruleReason = b.OverruleReason,
        ConcurrencyStamp = b.ConcurrencyStamp,
    };
}

/// <summary>The decision not to notify the AP, with its reasoning (Art. 33(5)).</summary>
public sealed class NotNotifyInput
{
    [Display(Name = "Waarom geen melding bij de AP"), Mandatory, MaxText(BreachLimits.Reason), MultiLine]
    public string? Reasoning { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The notification as made in the AP's meldloket, with its reference number.</summary>
public sealed class NotificationInput
{
    [Display(Name = "Meldnummer van de AP"), Mandatory, MaxText(BreachLimits.ApReference)]
    public string? ApReference { get; set; }

    /// <summary>When it was submitted, in Dutch time.</summary>
    [Display(Name = "Gemeld op"), Mandatory]
    public DateTime? NotifiedAt { get; set; }

    [Display(Name = "Waarom melden"), MaxText(BreachLimits.Reason), MultiLine]
    public string? Reasoning { get; set; }

    [Display(Name = "Reden van de vertraging (na 72 uur)"), MaxText(BreachLimits.Reason), MultiLine]
    public string? DelayReason { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>A phase that supplements or withdraws the notification.</summary>
public sealed class NotificationStepInput
{
    [Display(Name = "Toelichting"), Mandatory, MaxText(BreachLimits.Reason), MultiLine]
    public string? Text { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>Art. 34: whether and how the members are told, with the reasoning.</summary>
public sealed class MemberInformationInput : IValidatableObject
{
    [Display(Name = "Besluit"), Mandatory]
    public MemberInformation? Decision { get; set; }

    [Display(Name = "Motivering"), Mandatory, MaxText(BreachLimits.Reason), MultiLine]
    public string? Reasoning { get; set; }

    [Display(Name = "Tekst van de openbare mededeling"), MaxText(BreachLimits.Text), MultiLine]
    public string? PublicNotice { get; set; }

    [Display(Name = "Geïnformeerd op")]
    public DateOnly? InformedOn { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Decision == MemberInformation.PublicNotice && string.IsNullOrWhiteSpace(PublicNotice))
        {
            yield return new ValidationResult("Schrijf de tekst van de openbare mededeling.", [nameof(PublicNotice)]);
        }
    }
}

public sealed class MeasureInput
{
    [Display(Name = "Maatregel"), Mandatory, MaxText(BreachLimits.Text), MultiLine]
    public string? Description { get; set; }

    [Display(Name = "Eigenaar"), Mandatory, MaxText(BreachLimits.Owner)]
    public string? Owner { get; set; }

    [Display(Name = "Uiterlijk gereed op"), Mandatory]
    public DateOnly? DueOn { get; set; }
}

/// <summary>Affected members by a pasted list of member numbers (one per line, or separated by commas or spaces).</summary>
public sealed class MemberNumbersInput
{
    [Display(Name = "Lidnummers"), Mandatory, MaxText(BreachLimits.MemberNumberList), MultiLine]
    public string? MemberNumbers { get; set; }
}

/// <summary>Unauthorised access by an employee: whose data did they view in this period?</summary>
public sealed class AccessLogDerivationInput : IValidatableObject
{
    [Display(Name = "Medewerker"), Mandatory, MaxText(UserLimits.UserId)]
    public string? UserId { get; set; }

    [Display(Name = "Vanaf"), Mandatory]
    public DateOnly? From { get; set; }

    [Display(Name = "Tot en met"), Mandatory]
    public DateOnly? To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } f && To is { } t && t < f)
        {
            yield return new ValidationResult("De einddatum ligt voor de begindatum.", [nameof(To)]);
        }
    }
}

public sealed class LetterTextInput
{
    [Display(Name = "Tekst van de brief"), Mandatory, MaxText(BreachLimits.LetterText), MultiLine]
    public string? Text { get; set; }
}
