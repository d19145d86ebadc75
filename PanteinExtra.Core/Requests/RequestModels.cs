using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

/// <summary>What the call-centre sees of a request, and a row of the FG's list.</summary>
public sealed record RequestSummary(
    Guid Id,
    int Number,
    RequestType Type,
    RequestStatus Status,
    DateOnly ReceivedOn,
    DateOnly Deadline,
    DeadlineUrgency Urgency,
    Guid HouseholdId,
    Guid PersonId,
    string PersonName,
    bool IdentityVerified,
    bool RequesterAuthorised,
    Guid? PossibleDuplicateOfId,
    Guid ConcurrencyStamp)
{
    /// <summary>The day a completed or rejected request was closed.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Extended, but the member was never told: the first deadline still holds.</summary>
    public bool ExtensionUntold { get; init; }
}

/// <summary>Everything the FG needs to handle a request.</summary>
public sealed record RequestDetails(
    RequestSummary Summary,
    ReceivedChannel Channel,
    RequesterKind Requester,
    string? RequesterName,
    string? Description,
    RequestIdentityChecks IdentityChecks,
    DateOnly DueOn,
    DateOnly? ExtendedDueOn,
    string? ExtensionReason,
    RejectionReason? RejectionReason,
    string? Outcome,
    string RegisteredByName,
    IReadOnlyList<RequestTimelineEntry> Timeline,
    IReadOnlyList<RequestLetter> Letters)
{
    /// <summary>Changes to member data made for this request (rectification, consent withdrawn), from the access log.</summary>
    public IReadOnlyList<RequestLinkedChange> Changes { get; init; } = [];

    /// <summary>To whom the letters go; null when neither the member's data nor the request holds it any more.</summary>
    public LetterAddressee? Addressee { get; init; }

    public FormOfAddress FormOfAddress { get; init; }

    /// <summary>The erasure of this request was carried out (its addressee was kept for the reply).</summary>
    public bool Erased { get; init; }

    public DateOnly? ExtensionToldOn { get; init; }

    /// <summary>The last question for more information to establish identity: when, how, and the last day to answer.</summary>
    public DateOnly? IdentityAskedOn { get; init; }

    public IdentityQuestionWay? IdentityAskedBy { get; init; }

    public DateOnly? IdentityAnswerDueOn { get; init; }

    /// <summary>Art. 19 notification tasks not yet sent: closing the request while any are open needs a reason.</summary>
    public int OpenNotifications { get; init; }
}

/// <summary>
/// A change made with the request as purpose of use: when, what (field names, never values), by whom. The codes stay
/// as the access log holds them; <see cref="Event"/> and <see cref="Fields"/> are what the FG reads.
/// </summary>
public sealed record RequestLinkedChange(DateTime AtUtc, string EventType, AuditAction Action, string ByName, string? Details)
{
    /// <summary>"Adres of contactgegevens gewijzigd".</summary>
    public string Event => AuditedText.Event(EventType, Action);

    /// <summary>The Dutch names of the changed fields of an update ("Straat, plaats"); empty for a record added or removed.</summary>
    public string Fields => Action == AuditAction.Update ? ChangedFields.Describe(Details) : "";
}

/// <summary>Just enough of a household to register a request: who lives there and who may act for them.</summary>
public sealed record IntakeHousehold(
    Guid HouseholdId,
    string MemberNumber,
    string City,
    IReadOnlyList<IntakePerson> Persons,
    IReadOnlyList<IntakeContactPerson> ContactPersons);

public sealed record IntakePerson(Guid Id, string Name, PersonRole Role);

public sealed record IntakeContactPerson(Guid Id, string Name, string Relation, bool MaySubmitRequests);
