using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

/// <summary>Which household a letter or e-mail is about: the member number on it.</summary>
public sealed class IntakeLookupInput
{
    [Display(Name = "Lidnummer"), Mandatory, Digits, MaxText(MemberLimits.MemberNumber)]
    public string? MemberNumber { get; set; }
}

/// <summary>Intake of a request: from a call (agent) or a letter or e-mail (FG).</summary>
public sealed class RegisterRequestInput : IValidatableObject
{
    [Display(Name = "Soort verzoek"), Mandatory(ErrorMessage = "Kies de soort verzoek.")]
    public RequestType? Type { get; set; }

    [Display(Name = "Ontvangen op"), Mandatory(ErrorMessage = "Vul de ontvangstdatum in.")]
    public DateOnly? ReceivedOn { get; set; }

    [Display(Name = "Via")]
    public ReceivedChannel Channel { get; set; }

    public Guid HouseholdId { get; set; }

    /// <summary>The person the request is about.</summary>
    [Display(Name = "Over wie gaat het?"), Mandatory(ErrorMessage = "Kies de persoon om wie het gaat.")]
    public Guid? PersonId { get; set; }

    [Display(Name = "Wie vraagt het?")]
    public RequesterKind Requester { get; set; } = RequesterKind.DataSubject;

    [Display(Name = "Welke contactpersoon?")]
    public Guid? RequesterContactPersonId { get; set; }

    [Display(Name = "Naam aanvrager"), MaxText(RequestLimits.RequesterName)]
    public string? RequesterName { get; set; }

    [Display(Name = "Wat vraagt de betrokkene? (in eigen woorden)"), MaxText(RequestLimits.Description), MultiLine]
    public string? Description { get; set; }

    /// <summary>Identity checks that already passed during this contact.</summary>
    public RequestIdentityChecks ChecksOnIntake { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Requester == RequesterKind.ContactPerson && RequesterContactPersonId is null)
        {
            yield return new ValidationResult("Kies de contactpersoon die belt of schrijft.", [nameof(RequesterContactPersonId)]);
        }
    }
}

/// <summary>The identity checks that passed, recorded on the request the FG's screen was based on.</summary>
public sealed class IdentityChecksInput : IValidatableObject
{
    [Display(Name = "Gelukte controles")]
    public RequestIdentityChecks Checks { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Checks == RequestIdentityChecks.None)
        {
            yield return new ValidationResult("Kies welke controle is gelukt.", [nameof(Checks)]);
        }
    }
}

/// <summary>A step of the request's workflow; closing it carries the outcome for the reply, rejecting it the legal ground.</summary>
public sealed class StatusChangeInput
{
    /// <summary>Required for a rejection: the state machine says so (<see cref="RequestStateMachine"/>).</summary>
    [Display(Name = "Afwijzen op grond van")]
    public RejectionReason? RejectionReason { get; set; }

    [Display(Name = "Uitkomst voor de brief (wat is gedaan, wat bleef en waarom)"), MaxText(RequestLimits.Outcome), MultiLine]
    public string? Outcome { get; set; }

    /// <summary>Only for completing a request whose notification tasks are not all sent (Art. 19): why it closes anyway.</summary>
    [Display(Name = "Reden om af te handelen terwijl kennisgevingen openstaan"), MaxText(RequestLimits.OpenNotificationsReason), MultiLine]
    public string? OpenNotificationsReason { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The extension by two further months, with the reason the subject is told and the letter that tells it.</summary>
public sealed class ExtensionInput
{
    [Display(Name = "Reden van verlenging"), Mandatory(ErrorMessage = DataSubjectRequest.ExtensionReasonNeeded), MaxText(RequestLimits.ExtensionReason), MultiLine]
    public string? Reason { get; set; }

    [Display(Name = "Verlengingsbrief"), Mandatory(ErrorMessage = DataSubjectRequest.ExtensionLetterNeeded), MaxText(RequestLimits.LetterText), MultiLine]
    public string? LetterText { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>An internal note on the request's timeline.</summary>
public sealed class RequestNoteInput
{
    [Display(Name = "Interne notitie"), Mandatory(ErrorMessage = "Een notitie mag niet leeg zijn."), MaxText(RequestLimits.TimelineText), MultiLine]
    public string? Text { get; set; }
}

/// <summary>A letter as it was sent (the drafted text, edited by the FG).</summary>
public sealed class LetterInput
{
    public LetterKind Kind { get; set; }

    [Display(Name = "Brief"), Mandatory(ErrorMessage = "De brief is leeg."), MaxText(RequestLimits.LetterText), MultiLine]
    public string? Text { get; set; }
}

/// <summary>A question for more information to establish identity: the letter sent, or the note of the call-back.</summary>
public sealed class IdentityQuestionInput : IValidatableObject
{
    [Display(Name = "Hoe gevraagd")]
    public IdentityQuestionWay Way { get; set; }

    [Display(Name = "Brief of notitie van het gesprek"), MaxText(RequestLimits.LetterText), MultiLine]
    public string? Text { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Way == IdentityQuestionWay.Letter && string.IsNullOrWhiteSpace(Text))
        {
            yield return new ValidationResult("Leg de brief vast waarin u om aanvullende gegevens vraagt.", [nameof(Text)]);
        }

        if (Way == IdentityQuestionWay.CallBack && Text?.Length > RequestLimits.TimelineText - 200)
        {
            yield return new ValidationResult("De notitie van het gesprek is te lang.", [nameof(Text)]);
        }
    }
}

/// <summary>How the letters address the member.</summary>
public sealed class FormOfAddressInput
{
    [Display(Name = "Aanhef in brieven")]
    public FormOfAddress Form { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
