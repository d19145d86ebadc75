namespace PanteinExtra.Core.Breaches;

/// <summary>
/// A breach's life: reported by anyone, assessed by the FG, then notified to the AP or documented without
/// notification (Art. 33(5)); a notification may be withdrawn; it closes once its measures are recorded.
/// </summary>
public enum BreachStatus
{
    [Display(Name = "gemeld")] Reported,
    [Display(Name = "in beoordeling")] Assessing,
    [Display(Name = "gemeld bij de AP")] Notified,
    [Display(Name = "niet gemeld bij de AP (gedocumenteerd)")] NotNotified,
    [Display(Name = "melding ingetrokken")] Withdrawn,
    [Display(Name = "afgesloten")] Closed,
}

/// <summary>The kind of breach, as the AP's form asks it.</summary>
[Flags]
public enum BreachKind
{
    [Display(Name = "geen")] None = 0,
    [Display(Name = "lezen (inzage)")] Reading = 1,
    [Display(Name = "kopiëren")] Copying = 2,
    [Display(Name = "veranderen")] Altering = 4,
    [Display(Name = "verwijderen of vernietigen")] Deleting = 8,
    [Display(Name = "diefstal")] Theft = 16,
    [Display(Name = "verlies")] Loss = 32,
}

/// <summary>The categories of personal data the AP's form names.</summary>
[Flags]
public enum BreachDataCategory
{
    [Display(Name = "geen")] None = 0,
    [Display(Name = "naam en adres")] NameAndAddress = 1,
    [Display(Name = "telefoonnummer")] Phone = 2,
    [Display(Name = "e-mailadres")] Email = 4,
    [Display(Name = "inloggegevens")] LoginData = 8,
    [Display(Name = "financiële gegevens")] Financial = 16,
    [Display(Name = "kopie identiteitsbewijs")] IdCopy = 32,
    [Display(Name = "geslacht, geboortedatum of leeftijd")] SexBirthDateAge = 64,
    [Display(Name = "burgerservicenummer (BSN)")] Bsn = 128,
    [Display(Name = "bijzondere persoonsgegevens (zoals gezondheid)")] Special = 256,
}

/// <summary>Whether the data was protected so that others cannot read it.</summary>
public enum BreachProtection
{
    [Display(Name = "nog onbekend")] Unknown,
    [Display(Name = "niet versleuteld of gehasht")] None,
    [Display(Name = "deels versleuteld of gehasht")] Partly,
    [Display(Name = "versleuteld")] Encrypted,
    [Display(Name = "gehasht")] Hashed,
}

/// <summary>ENISA: data processing context (DPC), the base score of the kind of data.</summary>
public enum DataProcessingContext
{
    [Display(Name = "eenvoudige gegevens (1)")] Simple = 1,
    [Display(Name = "gedragsgegevens (2)")] Behavioural = 2,
    [Display(Name = "financiële gegevens (3)")] Financial = 3,
    [Display(Name = "gevoelige gegevens (4)")] Sensitive = 4,
}

/// <summary>ENISA: ease of identification (EI) of the persons from the data.</summary>
public enum EaseOfIdentification
{
    [Display(Name = "verwaarloosbaar (0,25)")] Negligible,
    [Display(Name = "beperkt (0,5)")] Limited,
    [Display(Name = "aanzienlijk (0,75)")] Significant,
    [Display(Name = "maximaal (1)")] Maximum,
}

/// <summary>ENISA: loss of confidentiality (circumstance of the breach).</summary>
public enum ConfidentialityLoss
{
    [Display(Name = "geen (0)")] None,
    [Display(Name = "naar bekende ontvangers (0,25)")] KnownRecipients,
    [Display(Name = "naar onbekende ontvangers (0,5)")] UnknownRecipients,
}

/// <summary>ENISA: loss of integrity.</summary>
public enum IntegrityLoss
{
    [Display(Name = "geen (0)")] None,
    [Display(Name = "veranderd, te herstellen (0,25)")] Recoverable,
    [Display(Name = "veranderd, niet te herstellen (0,5)")] NotRecoverable,
}

/// <summary>ENISA: loss of availability.</summary>
public enum AvailabilityLoss
{
    [Display(Name = "geen (0)")] None,
    [Display(Name = "tijdelijk (0,25)")] Temporary,
    [Display(Name = "blijvend (0,5)")] Permanent,
}

/// <summary>ENISA's severity bands.</summary>
public enum SeverityBand
{
    [Display(Name = "laag")] Low,
    [Display(Name = "gemiddeld")] Medium,
    [Display(Name = "hoog")] High,
    [Display(Name = "zeer hoog")] VeryHigh,
}

/// <summary>Art. 34: whether and how the members are told, or on which exemption not.</summary>
public enum MemberInformation
{
    [Display(Name = "individuele brief aan elk betrokken lid")] Letters,
    [Display(Name = "openbare mededeling (individueel informeren vergt onevenredige inspanning)")] PublicNotice,
    [Display(Name = "niet nodig: geen hoog risico voor de betrokkenen")] NoHighRisk,
    [Display(Name = "niet nodig: de gegevens zijn onbegrijpelijk (versleuteld)")] ExemptUnintelligible,
    [Display(Name = "niet nodig: het hoge risico is weggenomen")] ExemptRiskRemoved,
}

/// <summary>The remaining time of the 72 hours, as a warning level.</summary>
public enum ClockLevel
{
    [Display(Name = "loopt")] Running,
    [Display(Name = "minder dan 24 uur")] Under24Hours,
    [Display(Name = "minder dan 8 uur")] Under8Hours,
    [Display(Name = "termijn verstreken")] Overdue,
    [Display(Name = "op tijd gemeld")] NotifiedInTime,
    [Display(Name = "te laat gemeld (met reden)")] NotifiedLate,
    [Display(Name = "geen melding bij de AP")] Stopped,
}

/// <summary>One step in a breach's history.</summary>
public enum BreachStep
{
    [Display(Name = "datalek gemeld")] Reported,
    [Display(Name = "beoordeling bijgewerkt")] Assessed,
    [Display(Name = "besluit: niet melden bij de AP")] DecidedNotToNotify,
    [Display(Name = "melding bij de AP gedaan")] Notified,
    [Display(Name = "melding bij de AP aangevuld")] Supplemented,
    [Display(Name = "melding bij de AP ingetrokken")] Withdrawn,
    [Display(Name = "besluit over informeren van leden")] MemberInformationDecided,
    [Display(Name = "betrokkenen bijgewerkt")] AffectedChanged,
    [Display(Name = "maatregel vastgelegd")] MeasureRecorded,
    [Display(Name = "brieven aan leden")] LettersChanged,
    [Display(Name = "afgesloten")] Closed,
}

/// <summary>How an affected household or person was found.</summary>
public enum AffectedSource
{
    [Display(Name = "gezocht")] Search,
    [Display(Name = "lijst met lidnummers")] MemberNumbers,
    [Display(Name = "afgeleid uit de toegangslog")] AccessLog,
}
