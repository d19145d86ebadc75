using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Intake;

/// <summary>A line of the inbox.</summary>
public sealed record IntakeListRow(Guid Id, string Reference, IntakeKind Kind, DateTime ReceivedAtUtc, string DisplayName, IntakeStatus Status);

/// <summary>One field of a form as the inbox shows it: the Dutch label and the value, formatted.</summary>
public sealed record IntakeField(string Label, string Value);

/// <summary>An item with its form's fields, its handling, and what to search a household by.</summary>
public sealed record IntakeItemDetails(
    Guid Id,
    string Reference,
    IntakeKind Kind,
    IntakeStatus Status,
    DateTime ReceivedAtUtc,
    string ClientName,
    string DisplayName,
    IReadOnlyList<IntakeField> Fields,
    string? ConfirmationReference,
    DateTime? ConfirmedAtUtc,
    string? HandledByName,
    DateTime? HandledAtUtc,
    string? OutcomeNote,
    Guid? LinkedHouseholdId,
    Guid ConcurrencyStamp,
    IntakeMatchQuery SuggestedQuery)
{
    public bool IsOpen => Status == IntakeStatus.New;
}

/// <summary>
/// A household that may be the one a form is about: just enough to tell them apart. A protected household found without
/// a stated reason shows only its member number and status (<see cref="IsHidden"/>: no address, no persons).
/// </summary>
public sealed record IntakeMatch(
    Guid HouseholdId, string MemberNumber, string? Address, MembershipStatus Status, IReadOnlyList<IntakeMatchPerson> Persons, bool IsProtected = false)
{
    public bool IsHidden => Address is null;
}

public sealed record IntakeMatchPerson(Guid PersonId, string FullName, PersonRole Role, DateOnly? DateOfBirth);

/// <summary>What the website gets back for an accepted form.</summary>
public sealed record IntakeReceipt(Guid Id, string Reference, IntakeKind Kind, DateTime ReceivedAtUtc);

/// <summary>
/// A membership application from the website as the new-membership sign-up takes it over: the fields it pre-fills. The
/// household is made there, by an agent; the same save confirms the item (<see cref="Members.NewMembershipInput.ApplicationId"/>).
/// </summary>
public sealed record MembershipApplication(
    Guid IntakeItemId,
    string Reference,
    DateTime ReceivedAtUtc,
    IntakeStatus Status,
    string? Initials,
    string FirstName,
    string? Infix,
    string LastName,
    DateOnly DateOfBirth,
    string Street,
    int HouseNumber,
    string? HouseNumberAddition,
    string Postcode,
    string City,
    string? Phone,
    string Email,
    MembershipApplicationHousemate? Housemate,
    DateOnly StartDate,
    PaymentMethod PaymentMethod,
    bool Newsletter,
    bool OnlineMagazine,
    bool MembersPanel);

public sealed record MembershipApplicationHousemate(string? Initials, string FirstName, string? Infix, string LastName, DateOnly? DateOfBirth);
