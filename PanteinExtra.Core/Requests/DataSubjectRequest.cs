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

    /// <summary>An extension takes effect only together with its letter to the member (Art. 12(3)).</summary>
    public const string ExtensionLetterNeeded = "Leg de verlengingsbrief vast: de verlenging geldt pas met de brief aan de betrokkene.";

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

    public string? RequesterName { get; private set; }

    /// <summary>Whether the requester may make this request for the person (themselves, or a contact person with that permission).</summary>
    public bool RequesterAuthorised { get; init; }

    /// <summary>What the person asks, in their words (e.g. which data to correct).</summary>
    public string? Description { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? ExtendedDueOn { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>The day the extension letter was sent; an extension counts only with it (Art. 12(3)).</summary>
    public DateOnly? ExtensionToldOn { get; private set; }

    /// <summary>The last time the FG asked for more information to establish identity, how, and until when the answer may come.</summary>
    public DateOnly? IdentityAskedOn { get; private set; }

    public IdentityQuestionWay? IdentityAskedBy { get; private set; }

    public DateOnly? IdentityAnswerDueOn { get; private set; }

    /// <summary>"Geachte mevrouw Van der Berg,": the only place the portal holds how a member is addressed.</summary>
    public FormOfAddress FormOfAddress { get; private set; }

    /// <summary>
    /// The addressee of the reply, taken from the member's data just before an erasure removes it (<see cref="KeepAddressee"/>),
    /// and kept only here, so the confirmation can still be addressed. Null while the member's own data answers.
    /// </summary>
    public string? ReplyName { get; private set; }

    public string? ReplySurname { get; private set; }

    public string? ReplyAddress { get; private set; }

    public string? ReplyEmail { get; private set; }

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

    /// <summary>The deadline in force: the extended one only once the member was told of the extension.</summary>
    public DateOnly Deadline => ExtensionToldOn is not null && ExtendedDueOn is { } extended ? extended : DueOn;

    /// <summary>Extended, but no letter told the member within the first month: the first deadline still holds.</summary>
    public bool ExtensionUntold => ExtendedDueOn is not null && ExtensionToldOn is null;

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

        if (to == RequestStatus.Rejected && reason == Requests.RejectionReason.IdentityNotEstablished
            && IdentityRule.RejectionRefusal(IdentityVerified, IdentityAnswerDueOn, today) is { } notYet)
        {
            return notYet;
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

    /// <summary>
    /// Extends by two further months, together with the letter that tells the member why (Art. 12(3)): only while the
    /// first month runs, with a reason and the letter's text. The letter to keep is returned with the extension.
    /// </summary>
    public (string? Refusal, RequestLetter? Letter) Extend(string reason, string letterText, string byName, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return (ExtensionReasonNeeded, null);
        }

        if (string.IsNullOrWhiteSpace(letterText))
        {
            return (ExtensionLetterNeeded, null);
        }

        if (!LegalDeadlines.MayExtendOn(today, ReceivedOn))
        {
            return ($"Verlengen kan alleen binnen de eerste maand (tot en met {Dutch.Date(DueOn)}).", null);
        }

        if (MoveTo(RequestStatus.Extended, today) is { } refusal)
        {
            return (refusal, null);
        }

        ExtensionReason = reason.Trim();
        ExtendedDueOn = LegalDeadlines.ExtendedDeadline(ReceivedOn);
        ExtensionToldOn = today;
        return (null, Letter(LetterKind.Extended, letterText, byName, today));
    }

    /// <summary>
    /// The FG asks for more information to establish identity (Art. 12(6)): by letter (kept, returned) or by calling back.
    /// The requester has until <see cref="IdentityRule.AnswerDueOn"/> to answer; a received request moves to the identity check.
    /// </summary>
    public (string? Refusal, RequestLetter? Letter) AskForIdentity(IdentityQuestionWay way, string? letterText, string byName, DateOnly today)
    {
        if (!IsOpen)
        {
            return ("Dit verzoek is gesloten.", null);
        }

        if (IdentityVerified)
        {
            return (IdentityRule.AlreadyVerified, null);
        }

        if (way == IdentityQuestionWay.Letter && string.IsNullOrWhiteSpace(letterText))
        {
            return ("Leg de brief vast waarin u om aanvullende gegevens vraagt.", null);
        }

        if (Status == RequestStatus.Received)
        {
            Status = RequestStatus.IdentityCheck;
        }

        IdentityAskedOn = today;
        IdentityAskedBy = way;
        IdentityAnswerDueOn = IdentityRule.AnswerDueOn(today);
        return (null, way == IdentityQuestionWay.Letter ? Letter(LetterKind.IdentityQuestion, letterText!, byName, today) : null);
    }

    public void AddressAs(FormOfAddress form) => FormOfAddress = form;

    /// <summary>Keeps the reply's addressee with the request, taken just before the member's own data is erased.</summary>
    public void KeepAddressee(LetterAddressee addressee)
    {
        ReplyName = addressee.Name;
        ReplySurname = addressee.Surname;
        ReplyAddress = addressee.AddressLines.Count == 0 ? null : string.Join('\n', addressee.AddressLines);
        ReplyEmail = addressee.Email;
    }

    /// <summary>
    /// Retention, a period after the request was closed: what names or describes the person goes (the reply's kept
    /// addressee, the requester's name, the description, the outcome and the reason of an extension); the number, kind,
    /// dates, status and the kind of rejection stay as the record that the request was handled, and when.
    /// </summary>
    public void Anonymise()
    {
        ReplyName = null;
        ReplySurname = null;
        ReplyAddress = null;
        ReplyEmail = null;
        RequesterName = null;
        Description = null;
        Outcome = null;
        ExtensionReason = null;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>The addressee kept with the request, if an erasure took it.</summary>
    public LetterAddressee? KeptAddressee => ReplyName is null
        ? null
        : new LetterAddressee(ReplyName, ReplySurname, ReplyAddress?.Split('\n') ?? [], ReplyEmail);

    /// <summary>A letter to the member about this request, as it was sent.</summary>
    public RequestLetter Letter(LetterKind kind, string text, string byName, DateOnly today) => new()
    {
        RequestId = Id,
        HouseholdId = HouseholdId,
        PersonId = PersonId,
        Kind = kind,
        Text = text.Trim(),
        SentOn = today,
        SentByName = byName,
    };

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
