namespace PanteinExtra.Core.Members;

/// <summary>What every view of a household shows, also the limited one for an unverified caller.</summary>
public sealed record HouseholdSummary(Guid Id, string MemberNumber, string MainMemberName, string City, MembershipStatus Status);

/// <summary>The household as the agent or the FG sees it after opening it.</summary>
public sealed record HouseholdView(
    HouseholdSummary Summary,
    CallerCheckResult? Caller,
    bool IsLimited,
    HouseholdDetails? Details,
    IReadOnlyList<ContactPersonChoice> ContactPersonChoices)
{
    /// <summary>The FG's supervision ("toezicht; alleen-lezen"): nothing may be changed, so no change is offered.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>The household's data was erased: this notice is all there is to show (no details, no caller check).</summary>
    public ErasedHousehold? Erased { get; init; }

    /// <summary>The FG marked the household as protected: the desk shows "beschermd huishouden".</summary>
    public bool IsProtected { get; init; }

    /// <summary>The details stay closed until the agent states a reason in this call ("break the glass").</summary>
    public bool ReasonRequired { get; init; }

    /// <summary>Why the details stay closed, in Dutch, when the Core check refused them (null when open or only limited).</summary>
    public string? Refusal { get; init; }
}

/// <summary>A registered contact person the agent can pick in the caller check (name and relation only).</summary>
public sealed record ContactPersonChoice(Guid Id, string Name, string Relation);

/// <summary>Everything an agent needs for a verified caller. Stamps come along for optimistic concurrency.</summary>
public sealed record HouseholdDetails(
    Guid Id,
    string MemberNumber,
    MembershipStatus Status,
    DateOnly MemberSince,
    DateOnly? MembershipEndedOn,
    string Street,
    int HouseNumber,
    string? HouseNumberAddition,
    string Postcode,
    string City,
    string? Phone,
    string? Email,
    ContactChannel PreferredChannel,
    bool CommunicateThroughContactPerson,
    Guid ConcurrencyStamp,
    IReadOnlyList<PersonDetails> Persons,
    IReadOnlyList<ContactPersonDetails> ContactPersons,
    IReadOnlyList<SubscriptionDetails> Subscriptions,
    IReadOnlyList<InsuranceDiscountDetails> InsuranceDiscounts,
    IReadOnlyList<ContributionDetails> Contributions,
    IReadOnlyList<FeedbackDetails> Feedback,
    IReadOnlyList<CallNoteDetails> CallNotes);

public sealed record PersonDetails(
    Guid Id, PersonRole Role, string? Initials, string FirstName, string? Infix, string LastName, DateOnly? DateOfBirth,
    string? Phone, string? Email, Guid ConcurrencyStamp)
{
    public string FullName => PersonNames.Full(FirstName, Infix, LastName);
}

public sealed record ContactPersonDetails(Guid Id, string Name, string Relation, string? Phone, string? Email, ContactPersonPermissions Permissions);

public sealed record SubscriptionDetails(Guid Id, SubscriptionKind Kind, Guid? PersonId, DateOnly StartDate, DateOnly? EndDate, ContactChannel Channel, bool IsActive);

public sealed record InsuranceDiscountDetails(Guid Id, Guid PersonId, string Insurer, DateOnly StartDate, DateOnly? EndDate);

public sealed record ContributionDetails(int Year, decimal AmountDue, decimal AmountPaid, DateOnly? PaidOn, PaymentMethod Method)
{
    public decimal Outstanding => AmountDue - AmountPaid;
}

public sealed record FeedbackDetails(
    Guid Id, FeedbackKind Kind, DateOnly ReceivedOn, ReceivedChannel Channel, string Subject, string? Description,
    bool IsPrivacyComplaint, string? Handling, string? Outcome, DateOnly? ClosedOn, Guid ConcurrencyStamp)
{
    /// <summary>A complaint not yet closed: the desk can close it with its outcome.</summary>
    public bool IsOpenComplaint => Kind == FeedbackKind.Complaint && ClosedOn is null;
}

public sealed record CallNoteDetails(Guid Id, DateTime CreatedAtUtc, string AuthorName, string? Caller, string Text);
