using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

/// <summary>Intake of a request: from a call (agent) or a letter or e-mail (FG).</summary>
public sealed record RegisterRequestInput(
    RequestType Type,
    DateOnly ReceivedOn,
    ReceivedChannel Channel,
    Guid HouseholdId,
    Guid PersonId,
    RequesterKind Requester,
    Guid? RequesterContactPersonId = null,
    string? RequesterName = null,
    string? Description = null,
    RequestIdentityChecks ChecksOnIntake = RequestIdentityChecks.None);

/// <summary>The outcome of an action on a request: the request's new state, or the Dutch reason it was refused.</summary>
public sealed record RequestActionResult(bool Succeeded, string? Error, RequestSummary? Request)
{
    /// <summary>What was done, for the reply (e.g. what an erasure removed and what stayed, and why).</summary>
    public string? Message { get; init; }

    public static RequestActionResult Ok(RequestSummary request) => new(true, null, request);

    public static RequestActionResult Refused(string error) => new(false, error, null);
}

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
    Guid ConcurrencyStamp);

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
}

/// <summary>A change made with the request as purpose of use: when, what (field names, never values), by whom.</summary>
public sealed record RequestLinkedChange(DateTime AtUtc, string EventType, string ByName, string? Details);

/// <summary>Just enough of a household to register a request: who lives there and who may act for them.</summary>
public sealed record IntakeHousehold(
    Guid HouseholdId,
    string MemberNumber,
    string City,
    IReadOnlyList<IntakePerson> Persons,
    IReadOnlyList<IntakeContactPerson> ContactPersons);

public sealed record IntakePerson(Guid Id, string Name, PersonRole Role);

public sealed record IntakeContactPerson(Guid Id, string Name, string Relation, bool MaySubmitRequests);
