using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// A membership: one per household. The address and contact details belong to the household; the people living
/// in it are <see cref="Person"/>s, one of them the main member. Rules change it through its methods.
/// </summary>
[Display(Name = "huishouden")]
public sealed class Household : IAuditedEntity, IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Seven digits, shown on the member pass. Text: leading zeros matter.</summary>
    public required string MemberNumber { get; set; }

    public MembershipStatus Status { get; set; } = MembershipStatus.Active;

    public DateOnly MemberSince { get; set; }

    public DateOnly? MembershipEndedOn { get; set; }

    /// <summary>
    /// The day the household's personal data was erased (anonymised by retention or by an erasure request). From then on
    /// the desk shows only that the membership ended and the data was erased (<see cref="HouseholdAccessRules"/>).
    /// </summary>
    public DateOnly? DataErasedOn { get; private set; }

    public bool IsErased => DataErasedOn is not null;

    public required string Street { get; set; }

    public int HouseNumber { get; set; }

    public string? HouseNumberAddition { get; set; }

    /// <summary>Normalised Dutch postcode: four digits and two capitals, no space ("1234AB").</summary>
    public required string Postcode { get; set; }

    public required string City { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public ContactChannel PreferredChannel { get; set; } = ContactChannel.Post;

    /// <summary>Correspondence goes through the formal contact person instead of the member.</summary>
    public bool CommunicateThroughContactPerson { get; set; }

    /// <summary>Changes on every save; a save based on an older stamp is a concurrent edit and is refused.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<Person> Persons { get; init; } = [];

    public List<ContactPerson> ContactPersons { get; init; } = [];

    public List<Subscription> Subscriptions { get; init; } = [];

    public List<InsuranceDiscount> InsuranceDiscounts { get; init; } = [];

    public List<Contribution> Contributions { get; init; } = [];

    public List<Feedback> Feedback { get; init; } = [];

    public List<CallNote> CallNotes { get; init; } = [];

    /// <summary>The agent corrects the address: normalised here, so the stored form is always the same.</summary>
    public void CorrectAddress(string street, int houseNumber, string? addition, string postcode, string city)
    {
        Street = street.Trim();
        HouseNumber = houseNumber;
        HouseNumberAddition = DutchFormats.NormaliseAddition(addition);
        Postcode = DutchFormats.NormalisePostcode(postcode) ?? throw new ArgumentException("Not a Dutch postcode.", nameof(postcode));
        City = city.Trim();
    }

    /// <summary>The household's phone number and e-mail address; blank means none.</summary>
    public void CorrectContactDetails(string? phone, string? email)
    {
        Phone = DutchFormats.EditedPhone(Phone, phone);
        Email = DutchFormats.NormaliseEmail(email);
    }

    /// <summary>The membership ends on this date (an erasure, a cancellation).</summary>
    public void EndMembership(DateOnly on)
    {
        Status = MembershipStatus.Ended;
        MembershipEndedOn ??= on;
    }

    /// <summary>
    /// Retention or erasure: nothing that identifies the household stays; what statistics need stays (member number,
    /// status, dates, the postcode's four digits and the city). The day is kept, so the desk opens it no more.
    /// </summary>
    public void Anonymise(DateOnly today)
    {
        DataErasedOn ??= today;
        Street = "";
        HouseNumber = 0;
        HouseNumberAddition = null;
        Postcode = Postcode.Length >= 4 ? Postcode[..4] : "";
        Phone = null;
        Email = null;
        CommunicateThroughContactPerson = false;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Retention: once no fiscal record needs the member number as the ledger key, a meaningless one replaces it.</summary>
    public void PseudonymiseMemberNumber(string pseudonym)
    {
        MemberNumber = pseudonym;
        ConcurrencyStamp = Guid.NewGuid();
    }

    Guid? IAuditedEntity.AuditHouseholdId => Id;

    Guid? IAuditedEntity.AuditPersonId => null;
}
