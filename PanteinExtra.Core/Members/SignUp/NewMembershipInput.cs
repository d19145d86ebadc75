using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Members;

/// <summary>
/// A new membership as the agent takes it down: the main member, the address (the desk's Dutch rules), the household's
/// contact details, housemates, an optional formal contact person, start date, payment method and the answers to the
/// consent questions. Flat, so each field's message stands next to it.
/// </summary>
public sealed class NewMembershipInput : ApplicantInput, IValidatableObject
{
    /// <summary>How far back a start date may lie: an application by letter is typed in some days after it was written.</summary>
    public const int MaxDaysBack = 31;

    /// <summary>How far ahead a start date may lie.</summary>
    public const int MaxMonthsAhead = 6;

    /// <summary>How the application reached us: on the phone, by letter, or from the website's inbox.</summary>
    public ReceivedChannel Channel { get; set; } = ReceivedChannel.Phone;

    [Display(Name = "E-mailadres"), Email, MaxText(MemberLimits.Email)]
    public string? Email { get; set; }

    public ContactChannel PreferredChannel { get; set; } = ContactChannel.Post;

    public List<HousemateInput> Housemates { get; set; } = [];

    [Display(Name = "Naam contactpersoon"), MaxText(MemberLimits.ContactName)]
    public string? ContactName { get; set; }

    [Display(Name = "Relatie"), MaxText(MemberLimits.Relation)]
    public string? ContactRelation { get; set; }

    [Display(Name = "Telefoon contactpersoon"), PhoneNumber]
    public string? ContactPhone { get; set; }

    [Display(Name = "E-mailadres contactpersoon"), Email, MaxText(MemberLimits.Email)]
    public string? ContactEmail { get; set; }

    public ContactPersonPermissions ContactPermissions { get; set; } = ContactPersonPermissions.ReceiveInformation;

    [Display(Name = "Ingangsdatum"), Mandatory]
    public DateOnly? StartDate { get; set; }

    public PaymentMethod PaymentMethod { get; set; } = PaymentMethod.DirectDebit;

    /// <summary>The consent purposes the main member said yes to (the questions of <see cref="SignUpQuestion"/>); no means no event.</summary>
    public HashSet<Guid> ConsentsGiven { get; set; } = [];

    /// <summary>The website's membership application this sign-up comes from (channel website): it is confirmed in the same save.</summary>
    public Guid? ApplicationId { get; set; }

    /// <summary>The agent looked at the likely duplicates and confirmed this is someone else.</summary>
    public bool NotADuplicate { get; set; }

    public bool HasContactPerson => !string.IsNullOrWhiteSpace(ContactName);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Channel is not (ReceivedChannel.Phone or ReceivedChannel.Letter or ReceivedChannel.Website))
        {
            yield return new ValidationResult("Een inschrijving komt binnen per telefoon, per brief of via de website.", [nameof(Channel)]);
        }

        if ((ApplicationId is null) != (Channel != ReceivedChannel.Website))
        {
            yield return new ValidationResult("Een inschrijving via de website komt uit een aanvraag in het postvak websiteformulieren.", [nameof(Channel)]);
        }

        if (DateOfBirth is { } born && StartDate is { } start && born >= start)
        {
            yield return new ValidationResult("De geboortedatum moet voor de ingangsdatum liggen.", [nameof(DateOfBirth)]);
        }

        if (HasContactPerson && string.IsNullOrWhiteSpace(ContactRelation))
        {
            yield return new ValidationResult("Vul in wat de contactpersoon van het lid is, bijv. dochter of mentor.", [nameof(ContactRelation)]);
        }

        if (!HasContactPerson && (!string.IsNullOrWhiteSpace(ContactRelation) || !string.IsNullOrWhiteSpace(ContactPhone) || !string.IsNullOrWhiteSpace(ContactEmail)))
        {
            yield return new ValidationResult("Vul de naam van de contactpersoon in, of maak de andere velden van de contactpersoon leeg.", [nameof(ContactName)]);
        }

        if (PreferredChannel == ContactChannel.Email && string.IsNullOrWhiteSpace(Email))
        {
            yield return new ValidationResult("Vul een e-mailadres in, of kies een andere voorkeur voor contact.", [nameof(Email)]);
        }

        if (PreferredChannel == ContactChannel.Phone && string.IsNullOrWhiteSpace(Phone))
        {
            yield return new ValidationResult("Vul een telefoonnummer in, of kies een andere voorkeur voor contact.", [nameof(Phone)]);
        }

        for (var i = 0; i < Housemates.Count; i++)
        {
            if (InputRules.Check(Housemates[i]).Values.FirstOrDefault() is { } problem)
            {
                yield return new ValidationResult($"Huisgenoot {i + 1}: {problem}", [nameof(Housemates)]);
            }
        }
    }

    /// <summary>
    /// The sign-up pre-filled from a website application: the agent checks it, looks at the duplicates and confirms. The
    /// consents the applicant ticked on the website are the answers to the same questions.
    /// </summary>
    public static NewMembershipInput FromApplication(Intake.MembershipApplication a, IEnumerable<SignUpQuestion> questions)
    {
        var ticked = new List<Consent.ConsentPurposeKind>();
        if (a.Newsletter)
        {
            ticked.Add(Consent.ConsentPurposeKind.Newsletter);
        }

        if (a.OnlineMagazine)
        {
            ticked.Add(Consent.ConsentPurposeKind.OnlineMagazine);
        }

        if (a.MembersPanel)
        {
            ticked.Add(Consent.ConsentPurposeKind.MembersPanel);
        }

        var input = new NewMembershipInput
        {
            Channel = ReceivedChannel.Website,
            ApplicationId = a.IntakeItemId,
            Initials = a.Initials,
            FirstName = a.FirstName,
            Infix = a.Infix,
            LastName = a.LastName,
            DateOfBirth = a.DateOfBirth,
            Street = a.Street,
            HouseNumber = a.HouseNumber,
            HouseNumberAddition = a.HouseNumberAddition,
            Postcode = Dutch.Postcode(a.Postcode),
            City = a.City,
            Phone = a.Phone,
            Email = a.Email,
            PreferredChannel = ContactChannel.Email,
            StartDate = a.StartDate,
            PaymentMethod = a.PaymentMethod,
            ConsentsGiven = questions.Where(q => ticked.Contains(q.Kind)).Select(q => q.PurposeId).ToHashSet(),
        };
        if (a.Housemate is { } h)
        {
            input.Housemates.Add(new HousemateInput { Initials = h.Initials, FirstName = h.FirstName, Infix = h.Infix, LastName = h.LastName, DateOfBirth = h.DateOfBirth });
        }

        return input;
    }

    /// <summary>The start date's window, from the Dutch day of the sign-up: Core's rule, the page says it too.</summary>
    public static string? StartDateProblem(DateOnly start, DateOnly today) =>
        start < today.AddDays(-MaxDaysBack) ? $"De ingangsdatum mag hoogstens {MaxDaysBack} dagen terug liggen."
        : start > today.AddMonths(MaxMonthsAhead) ? $"De ingangsdatum mag hoogstens {MaxMonthsAhead} maanden vooruit liggen."
        : null;
}

/// <summary>Someone else living at the address, joining the membership.</summary>
public sealed class HousemateInput : NameInput
{
    [Display(Name = "Geboortedatum")]
    public DateOnly? DateOfBirth { get; set; }
}
