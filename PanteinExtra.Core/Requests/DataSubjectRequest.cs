using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// A data-subject request (inzage, correctie, verwijdering, ...), from intake to reply. The status only changes
/// through <see cref="MoveTo"/>, which enforces <see cref="RequestStateMachine"/>.
/// </summary>
[Display(Name = "privacyverzoek")]
public sealed class DataSubjectRequest : IAuditedEntity, IConcurrencyStamped
{
    /// <summary>The subject must be told why the deadline is extended (Art. 12(3)).</summary>
    public const string ExtensionReasonNeeded = "Geef de reden van de verlenging: de betrokkene moet die te horen krijgen.";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The number staff and the member quote ("verzoek #12").</summary>
    public int Number { get; init; }

    public RequestType Type { get; init; }

    public RequestStatus Status { get; private set; } = RequestStatus.Received;

    public DateOnly ReceivedOn { get; init; }

    public ReceivedChannel Channel { get; init; }

    public Guid HouseholdId { get; init; }

    /// <summary>The person the request is about.</summary>
    public Guid PersonId { get; init; }

    public RequesterKind RequesterKind { get; init; }

    public Guid? RequesterContactPersonId { get; init; }

    public string? RequesterName { get; init; }

    /// <summary>Whether the requester may make this request for the person (themselves, or a contact person with that permission).</summary>
    public bool RequesterAuthorised { get; init; }

    /// <summary>What the person asks, in their words (e.g. which data to correct).</summary>
    public string? Description { get; init; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? ExtendedDueOn { get; private set; }

    public string? ExtensionReason { get; private set; }

    public RequestIdentityChecks IdentityChecks { get; private set; }

    public DateOnly? IdentityVerifiedOn { get; private set; }

    /// <summary>An open request of the same type for the same person, registered earlier.</summary>
    public Guid? PossibleDuplicateOfId { get; init; }

    public RejectionReason? RejectionReason { get; private set; }

    /// <summary>The outcome for the reply: what was done, what stayed and why.</summary>
    public string? Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public required string RegisteredByName { get; init; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IdentityVerified => IdentityVerifiedOn is not null;

    public bool IsOpen => RequestStateMachine.IsOpen(Status);

    /// <summary>The deadline in force: the extended one once extended.</summary>
    public DateOnly Deadline => ExtendedDueOn ?? DueOn;

    /// <summary>What every read and write for this request is done for, in the access log: "verzoek #12".</summary>
    public string PurposeOfUse => $"verzoek #{Number}";

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;

    public static DataSubjectRequest Register(
        int number, RequestType type, DateOnly receivedOn, ReceivedChannel channel, Guid householdId, Guid personId,
        RequesterKind requester, Guid? contactPersonId, string? requesterName, bool authorised, string? description,
        Guid? possibleDuplicateOf, string registeredBy) => new()
        {
            Number = number,
            Type = type,
            ReceivedOn = receivedOn,
            Channel = channel,
            HouseholdId = householdId,
            PersonId = personId,
            RequesterKind = requester,
            RequesterContactPersonId = contactPersonId,
            RequesterName = requesterName,
            RequesterAuthorised = authorised,
            Description = description,
            PossibleDuplicateOfId = possibleDuplicateOf,
            RegisteredByName = registeredBy,
            DueOn = LegalDeadlines.ResponseDeadline(receivedOn),
        };

    /// <summary>Records which checks passed; the identity counts as verified once <see cref="IdentityRule"/> says so.</summary>
    public void RecordIdentityChecks(RequestIdentityChecks checks, DateOnly today)
    {
        IdentityChecks |= checks;
        if (IdentityVerifiedOn is null && IdentityRule.IsVerified(IdentityChecks))
        {
            IdentityVerifiedOn = today;
        }
    }

    /// <summary>Moves the request on; returns the Dutch reason when the move is not allowed (and changes nothing).</summary>
    public string? MoveTo(RequestStatus to, DateOnly today, RejectionReason? reason = null, string? outcome = null)
    {
        if (RequestStateMachine.Refusal(Status, to, IdentityVerified, reason) is { } refusal)
        {
            return refusal;
        }

        Status = to;
        if (to == RequestStatus.Rejected)
        {
            RejectionReason = reason;
        }

        if (to is RequestStatus.Completed or RequestStatus.Rejected)
        {
            Outcome = outcome;
            ClosedOn = today;
        }

        return null;
    }

    /// <summary>Extends by two further months; only while the first month runs, and with a reason.</summary>
    public string? Extend(string reason, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ExtensionReasonNeeded;
        }

        if (!LegalDeadlines.MayExtendOn(today, ReceivedOn))
        {
            return $"Verlengen kan alleen binnen de eerste maand (tot en met {Dutch.Date(DueOn)}).";
        }

        if (MoveTo(RequestStatus.Extended, today) is { } refusal)
        {
            return refusal;
        }

        ExtensionReason = reason.Trim();
        ExtendedDueOn = LegalDeadlines.ExtendedDeadline(ReceivedOn);
        return null;
    }

    /// <summary>A line on the request's timeline: a transition, an internal note, a letter, a notification or a decision.</summary>
    public RequestTimelineEntry Note(
        TimelineEntryKind kind, string? text, string byName, DateTime atUtc, RequestStatus? from = null, RequestStatus? to = null) => new()
        {
            RequestId = Id,
            HouseholdId = HouseholdId,
            PersonId = PersonId,
            AtUtc = atUtc,
            Kind = kind,
            FromStatus = from,
            ToStatus = to,
            ByName = byName,
            Text = text,
        };
}
