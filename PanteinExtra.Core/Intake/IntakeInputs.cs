using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Intake;

/// <summary>What every website form can say: the name the inbox lists it by.</summary>
public interface IIntakeInput
{
    string ListName();
}

/// <summary>The website's membership application: the main member, the address, a housemate if any, and the choices made.</summary>
public sealed class MembershipApplicationInput : ApplicantInput, IIntakeInput, IValidatableObject
{
    [Display(Name = "E-mailadres"), Mandatory, Email, MaxText(MemberLimits.Email)]
    public string? Email { get; set; }

    [Display(Name = "Voorletters huisgenoot"), MaxText(MemberLimits.Initials)]
    public string? HousemateInitials { get; set; }

    [Display(Name = "Voornaam huisgenoot"), MaxText(MemberLimits.FirstName)]
    public string? HousemateFirstName { get; set; }

    [Display(Name = "Tussenvoegsel huisgenoot"), MaxText(MemberLimits.Infix)]
    public string? HousemateInfix { get; set; }

    [Display(Name = "Achternaam huisgenoot"), MaxText(MemberLimits.LastName)]
    public string? HousemateLastName { get; set; }

    [Display(Name = "Geboortedatum huisgenoot")]
    public DateOnly? HousemateDateOfBirth { get; set; }

    [Display(Name = "Gewenste ingangsdatum"), Mandatory]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Betaalwijze"), Mandatory]
    public PaymentMethod? PaymentMethod { get; set; }

    [Display(Name = "Nieuwsbrief"), Mandatory]
    public bool? Newsletter { get; set; }

    [Display(Name = "Online magazine"), Mandatory]
    public bool? OnlineMagazine { get; set; }

    [Display(Name = "Ledenpanel"), Mandatory]
    public bool? MembersPanel { get; set; }

    public bool HasHousemate =>
        !string.IsNullOrWhiteSpace(HousemateFirstName) || !string.IsNullOrWhiteSpace(HousemateLastName) || HousemateDateOfBirth is not null;

    public string ListName() => PersonNames.Full(FirstName ?? "", Infix, LastName ?? "");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HasHousemate && string.IsNullOrWhiteSpace(HousemateFirstName))
        {
            yield return new("Vul de voornaam van de huisgenoot in, of laat de huisgenoot helemaal leeg.", [nameof(HousemateFirstName)]);
        }

        if (HasHousemate && string.IsNullOrWhiteSpace(HousemateLastName))
        {
            yield return new("Vul de achternaam van de huisgenoot in, of laat de huisgenoot helemaal leeg.", [nameof(HousemateLastName)]);
        }

        if (DateOfBirth is { } born && born.Year < 1900)
        {
            yield return new("Vul een geboortedatum na 1900 in.", [nameof(DateOfBirth)]);
        }

        if (HousemateDateOfBirth is { } housemateBorn && housemateBorn.Year < 1900)
        {
            yield return new("Vul een geboortedatum na 1900 in.", [nameof(HousemateDateOfBirth)]);
        }
    }
}

/// <summary>
/// A newsletter or online-magazine sign-up, confirmed by the person at the website (double opt-in): the website sends the
/// reference of the confirmation and its moment; without both the sign-up is refused.
/// </summary>
public sealed class ConfirmedSignUpInput : IIntakeInput
{
    public const string NotConfirmedMessage =
        "De aanmelding is niet bevestigd: neem haar pas aan nadat de persoon de bevestigingslink heeft gebruikt (dubbele opt-in).";

    [Display(Name = "Voorletters"), MaxText(MemberLimits.Initials)]
    public string? Initials { get; set; }

    [Display(Name = "Voornaam"), MaxText(MemberLimits.FirstName)]
    public string? FirstName { get; set; }

    [Display(Name = "Tussenvoegsel"), MaxText(MemberLimits.Infix)]
    public string? Infix { get; set; }

    [Display(Name = "Achternaam"), Mandatory, MaxText(MemberLimits.LastName)]
    public string? LastName { get; set; }

    [Display(Name = "E-mailadres"), Mandatory, Email, MaxText(MemberLimits.Email)]
    public string? Email { get; set; }

    [Display(Name = "Postcode"), Postcode]
    public string? Postcode { get; set; }

    [Display(Name = "Huisnummer"), HouseNumber]
    public int? HouseNumber { get; set; }

    [Display(Name = "Geboortedatum")]
    public DateOnly? DateOfBirth { get; set; }

    [Display(Name = "Bevestigingsreferentie"), Required(ErrorMessage = NotConfirmedMessage), MaxText(IntakeLimits.ConfirmationReference)]
    public string? ConfirmationReference { get; set; }

    [Display(Name = "Moment van bevestiging"), Required(ErrorMessage = NotConfirmedMessage)]
    public DateTimeOffset? ConfirmedAt { get; set; }

    public string ListName() => PersonNames.Full(FirstName ?? Initials ?? "", Infix, LastName ?? "");
}

/// <summary>A question from the website's contact form.</summary>
public sealed class QuestionInput : IIntakeInput
{
    [Display(Name = "Naam"), Mandatory, MaxText(MemberLimits.ContactName)]
    public string? Name { get; set; }

    [Display(Name = "E-mailadres"), Mandatory, Email, MaxText(MemberLimits.Email)]
    public string? Email { get; set; }

    [Display(Name = "Telefoon"), PhoneNumber]
    public string? Phone { get; set; }

    [Display(Name = "Onderwerp"), Mandatory, MaxText(IntakeLimits.QuestionSubject)]
    public string? Subject { get; set; }

    [Display(Name = "Vraag"), Mandatory, MultiLine, MaxText(IntakeLimits.QuestionText)]
    public string? Text { get; set; }

    public string ListName() => Name?.Trim() ?? "";
}

/// <summary>Rejecting an item: the reason is kept as its outcome.</summary>
public sealed class IntakeRejectInput
{
    [Display(Name = "Reden"), Mandatory, MultiLine, MaxText(IntakeLimits.OutcomeNote)]
    public string? Reason { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>Looking for the household a website form belongs to: postcode and house number, or surname and date of birth.</summary>
public sealed class IntakeMatchQuery : IValidatableObject
{
    [Display(Name = "Postcode"), Postcode]
    public string? Postcode { get; set; }

    [Display(Name = "Huisnummer"), HouseNumber]
    public int? HouseNumber { get; set; }

    [Display(Name = "Achternaam"), MaxText(MemberLimits.LastName)]
    public string? LastName { get; set; }

    [Display(Name = "Geboortedatum")]
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Why the agent needs a protected household among the matches for this form ("break the glass"); without it one shows only its member number.</summary>
    [Display(Name = "Reden"), MinText(ProtectionLimits.ReasonMinimum), MaxText(ProtectionLimits.Reason)]
    public string? ProtectedReason { get; set; }

    public bool ByAddress => !string.IsNullOrWhiteSpace(Postcode) && HouseNumber is not null;

    public bool ByPerson => !string.IsNullOrWhiteSpace(LastName) && DateOfBirth is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ByAddress && !ByPerson)
        {
            yield return new("Zoek op postcode en huisnummer, of op achternaam en geboortedatum.", [nameof(Postcode)]);
        }
    }
}
