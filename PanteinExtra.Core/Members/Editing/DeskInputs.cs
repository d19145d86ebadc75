namespace PanteinExtra.Core.Members;

/// <summary>The household's address and contact details as the agent corrects them.</summary>
public sealed class ContactDetailsInput
{
    public string? Street { get; set; }

    public int? HouseNumber { get; set; }

    public string? HouseNumberAddition { get; set; }

    public string? Postcode { get; set; }

    public string? City { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The stamp the agent's screen was based on.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public static ContactDetailsInput From(HouseholdDetails h) => new()
    {
        Street = h.Street,
        HouseNumber = h.HouseNumber,
        HouseNumberAddition = h.HouseNumberAddition,
        Postcode = h.Postcode,
        City = h.City,
        Phone = h.Phone,
        Email = h.Email,
        ConcurrencyStamp = h.ConcurrencyStamp,
    };

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        MemberValidation.Add(errors, nameof(Street), MemberValidation.Required(Street, "Straat") ?? MemberValidation.MaxLength(Street, 120, "Straat"));
        MemberValidation.Add(errors, nameof(HouseNumber), MemberValidation.HouseNumber(HouseNumber));
        MemberValidation.Add(errors, nameof(HouseNumberAddition), MemberValidation.HouseNumberAddition(HouseNumberAddition));
        MemberValidation.Add(errors, nameof(Postcode), MemberValidation.Postcode(Postcode));
        MemberValidation.Add(errors, nameof(City), MemberValidation.Required(City, "Plaats") ?? MemberValidation.MaxLength(City, 80, "Plaats"));
        MemberValidation.Add(errors, nameof(Phone), MemberValidation.Phone(Phone));
        MemberValidation.Add(errors, nameof(Email), MemberValidation.Email(Email) ?? MemberValidation.MaxLength(Email, 254, "E-mailadres"));
        return errors;
    }
}

/// <summary>A person's name and personal contact details as the agent corrects them.</summary>
public sealed class PersonInput
{
    public Guid PersonId { get; set; }

    public string? Initials { get; set; }

    public string? FirstName { get; set; }

    public string? Infix { get; set; }

    public string? LastName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public static PersonInput From(PersonDetails p) => new()
    {
        PersonId = p.Id,
        Initials = p.Initials,
        FirstName = p.FirstName,
        Infix = p.Infix,
        LastName = p.LastName,
        Phone = p.Phone,
        Email = p.Email,
        ConcurrencyStamp = p.ConcurrencyStamp,
    };

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        MemberValidation.Add(errors, nameof(Initials), MemberValidation.MaxLength(Initials, 20, "Voorletters"));
        MemberValidation.Add(errors, nameof(FirstName), MemberValidation.Required(FirstName, "Voornaam") ?? MemberValidation.MaxLength(FirstName, 80, "Voornaam"));
        MemberValidation.Add(errors, nameof(Infix), MemberValidation.MaxLength(Infix, 20, "Tussenvoegsel"));
        MemberValidation.Add(errors, nameof(LastName), MemberValidation.Required(LastName, "Achternaam") ?? MemberValidation.MaxLength(LastName, 120, "Achternaam"));
        MemberValidation.Add(errors, nameof(Phone), MemberValidation.Phone(Phone));
        MemberValidation.Add(errors, nameof(Email), MemberValidation.Email(Email) ?? MemberValidation.MaxLength(Email, 254, "E-mailadres"));
        return errors;
    }
}

/// <summary>Sign a household (magazine, member pass) or a person (newsletter, online magazine, panel) up or off.</summary>
public sealed record SubscriptionChange(SubscriptionKind Kind, Guid? PersonId, bool Subscribe, ContactChannel Channel = ContactChannel.Email);

/// <summary>A complaint or compliment taken on the phone.</summary>
public sealed class FeedbackInput
{
    public FeedbackKind Kind { get; set; } = FeedbackKind.Complaint;

    public string? Subject { get; set; }

    public string? Description { get; set; }

    /// <summary>About the handling of personal data: goes to the complaints officer; the member is told about the AP.</summary>
    public bool IsPrivacyComplaint { get; set; }

    public Guid? PersonId { get; set; }

    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        MemberValidation.Add(errors, nameof(Subject), MemberValidation.Required(Subject, "Onderwerp") ?? MemberValidation.MaxLength(Subject, 200, "Onderwerp"));
        MemberValidation.Add(errors, nameof(Description), MemberValidation.MaxLength(Description, 4000, "Toelichting"));
        if (IsPrivacyComplaint && Kind != FeedbackKind.Complaint)
        {
            errors.TryAdd(nameof(IsPrivacyComplaint), "Alleen een klacht kan een privacyklacht zijn.");
        }

        return errors;
    }
}
