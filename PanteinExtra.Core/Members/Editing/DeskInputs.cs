using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Members;

/// <summary>
/// The phone number and e-mail address that a household and a person both have, under the same rules, and the stamp
/// the agent's screen was based on.
/// </summary>
public abstract class ContactInput
{
    protected ContactInput()
    {
    }

    protected ContactInput(string? phone, string? email, Guid concurrencyStamp)
    {
        Phone = phone;
        Email = email;
        ConcurrencyStamp = concurrencyStamp;
    }

    [Display(Name = "Telefoon"), PhoneNumber]
    public string? Phone { get; set; }

    [Display(Name = "E-mailadres"), Email, MaxText(MemberLimits.Email)]
    public string? Email { get; set; }

    /// <summary>The stamp the agent's screen was based on.</summary>
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>The household's address and contact details as the agent corrects them.</summary>
public sealed class ContactDetailsInput : ContactInput
{
    public ContactDetailsInput()
    {
    }

    private ContactDetailsInput(HouseholdDetails h)
        : base(h.Phone, h.Email, h.ConcurrencyStamp)
    {
        Street = h.Street;
        HouseNumber = h.HouseNumber;
        HouseNumberAddition = h.HouseNumberAddition;
        Postcode = Dutch.Postcode(h.Postcode);
        City = h.City;
    }

    [Display(Name = "Straat"), Mandatory, MaxText(MemberLimits.Street)]
    public string? Street { get; set; }

    [Display(Name = "Huisnummer"), Mandatory, HouseNumber]
    public int? HouseNumber { get; set; }

    [Display(Name = "Toevoeging"), HouseNumberAddition]
    public string? HouseNumberAddition { get; set; }

    [Display(Name = "Postcode"), Mandatory, Postcode]
    public string? Postcode { get; set; }

    [Display(Name = "Plaats"), Mandatory, MaxText(MemberLimits.City)]
    public string? City { get; set; }

    public static ContactDetailsInput From(HouseholdDetails h) => new(h);
}

/// <summary>A person's name and personal contact details as the agent corrects them.</summary>
public sealed class PersonInput : ContactInput
{
    public PersonInput()
    {
    }

    private PersonInput(PersonDetails p)
        : base(p.Phone, p.Email, p.ConcurrencyStamp)
    {
        PersonId = p.Id;
        Initials = p.Initials;
        FirstName = p.FirstName;
        Infix = p.Infix;
        LastName = p.LastName;
    }

    public Guid PersonId { get; set; }

    [Display(Name = "Voorletters"), MaxText(MemberLimits.Initials)]
    public string? Initials { get; set; }

    [Display(Name = "Voornaam"), Mandatory, MaxText(MemberLimits.FirstName)]
    public string? FirstName { get; set; }

    [Display(Name = "Tussenvoegsel"), MaxText(MemberLimits.Infix)]
    public string? Infix { get; set; }

    [Display(Name = "Achternaam"), Mandatory, MaxText(MemberLimits.LastName)]
    public string? LastName { get; set; }

    public static PersonInput From(PersonDetails p) => new(p);
}

/// <summary>Sign a household (magazine, member pass) or a person (newsletter, online magazine, panel) up or off.</summary>
public sealed record SubscriptionChange(SubscriptionKind Kind, Guid? PersonId, bool Subscribe, ContactChannel Channel = ContactChannel.Email);

/// <summary>A complaint or compliment taken on the phone.</summary>
public sealed class FeedbackInput : IValidatableObject
{
    public FeedbackKind Kind { get; set; } = FeedbackKind.Complaint;

    [Display(Name = "Onderwerp"), Mandatory, MaxText(MemberLimits.FeedbackSubject)]
    public string? Subject { get; set; }

    [Display(Name = "Toelichting"), MaxText(MemberLimits.LongText), MultiLine]
    public string? Description { get; set; }

    /// <summary>About the handling of personal data: goes to the complaints officer; the member is told about the AP.</summary>
    public bool IsPrivacyComplaint { get; set; }

    public Guid? PersonId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPrivacyComplaint && Kind != FeedbackKind.Complaint)
        {
            yield return new ValidationResult("Alleen een klacht kan een privacyklacht zijn.", [nameof(IsPrivacyComplaint)]);
        }
    }
}

/// <summary>Closing a complaint with its outcome (told to the member).</summary>
public sealed class ComplaintClosingInput
{
    public Guid FeedbackId { get; set; }

    /// <summary>The stamp the agent's screen was based on.</summary>
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "De uitkomst"), Mandatory, MaxText(MemberLimits.Outcome), MultiLine]
    public string? Outcome { get; set; }
}

/// <summary>A note of the call.</summary>
public sealed class CallNoteInput
{
    [Display(Name = "Notitie"), Mandatory, MaxText(MemberLimits.LongText), MultiLine]
    public string? Text { get; set; }
}
