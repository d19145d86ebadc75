using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>Someone living in the household: the main member or a housemate. Rules change it through its methods.</summary>
[Display(Name = "persoon")]
public sealed class Person : IAuditedEntity, IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public PersonRole Role { get; set; }

    public string? Initials { get; set; }

    public required string FirstName { get; set; }

    /// <summary>Tussenvoegsel, e.g. "van der" in "Jan van der Berg".</summary>
    public string? Infix { get; set; }

    public required string LastName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>What an anonymised person is called where a name must stand.</summary>
    public const string AnonymisedName = "Geanonimiseerd";

    public string FullName => PersonNames.Full(FirstName, Infix, LastName);

    /// <summary>The agent corrects the name; blank optional parts are kept as none.</summary>
    public void CorrectName(string? initials, string firstName, string? infix, string lastName)
    {
        Initials = Blank(initials);
        FirstName = firstName.Trim();
        Infix = Blank(infix);
        LastName = lastName.Trim();
    }

    /// <summary>The person's own phone number and e-mail address; blank means none.</summary>
    public void CorrectContactDetails(string? phone, string? email)
    {
        Phone = DutchFormats.EditedPhone(Phone, phone);
        Email = DutchFormats.NormaliseEmail(email);
    }

    /// <summary>Retention or erasure: the name and contact details go; a five-year birth-year bucket stays for statistics.</summary>
    public void Anonymise()
    {
        FirstName = AnonymisedName;
        LastName = "";
        Initials = null;
        Infix = null;
        DateOfBirth = DateOfBirth is { } dob ? BirthYearBucket(dob) : null;
        Phone = null;
        Email = null;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The first day of the five-year bucket: 1943-06-12 becomes 1940-01-01.</summary>
    public static DateOnly BirthYearBucket(DateOnly dateOfBirth) => new(dateOfBirth.Year - (dateOfBirth.Year % 5), 1, 1);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => Id;
}
