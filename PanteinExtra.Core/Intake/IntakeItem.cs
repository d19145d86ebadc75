using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Intake;

/// <summary>
/// One form from the website, waiting in the inbox until an agent handles it. The form itself is kept as JSON
/// (<see cref="Payload"/>, the kind's input); what the inbox lists and searches by has its own columns.
/// Nothing in it becomes a member's data without an agent looking (ADR 177).
/// </summary>
[Display(Name = "websiteformulier")]
public sealed class IntakeItem : IAuditedEntity, IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The reference the website gets back (and can quote): "W-" and eight characters.</summary>
    public required string Reference { get; init; }

    public IntakeKind Kind { get; init; }

    public DateTime ReceivedAtUtc { get; init; }

    /// <summary>The configured client (website) that sent it.</summary>
    public required string ClientName { get; init; }

    /// <summary>The name the inbox lists it by.</summary>
    public required string DisplayName { get; set; }

    /// <summary>The kind's input as the website sent it, after validation (JSON).</summary>
    public required string Payload { get; set; }

    /// <summary>For a sign-up: the website's reference of the double opt-in confirmation.</summary>
    public string? ConfirmationReference { get; init; }

    public DateTime? ConfirmedAtUtc { get; init; }

    public IntakeStatus Status { get; private set; } = IntakeStatus.New;

    public string? HandledByUserId { get; private set; }

    public string? HandledByName { get; private set; }

    public DateTime? HandledAtUtc { get; private set; }

    public string? OutcomeNote { get; private set; }

    public Guid? LinkedHouseholdId { get; private set; }

    public Guid? LinkedPersonId { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsOpen => Status == IntakeStatus.New;

    /// <summary>Rejected with a reason. Null when done; else why not.</summary>
    public string? Reject(string reason, string userId, string userName, DateTime nowUtc) =>
        Handle(IntakeStatus.Rejected, reason, null, null, userId, userName, nowUtc);

    /// <summary>Matched to a household (and person, for a sign-up). Null when done; else why not.</summary>
    public string? Link(Guid householdId, Guid? personId, string note, string userId, string userName, DateTime nowUtc) =>
        Kind == IntakeKind.MembershipApplication
            ? "Een aanvraag voor een lidmaatschap wordt niet gekoppeld: schrijf het lid in met ‘Lid inschrijven’."
            : Handle(IntakeStatus.Linked, note, householdId, personId, userId, userName, nowUtc);

    /// <summary>A membership application became the household <paramref name="householdId"/>. Null when done; else why not.</summary>
    public string? MarkConverted(Guid householdId, string userId, string userName, DateTime nowUtc) =>
        Kind != IntakeKind.MembershipApplication
            ? "Alleen een aanvraag voor een lidmaatschap wordt een nieuw huishouden."
            : Handle(IntakeStatus.Confirmed, "Ingeschreven als nieuw lid.", householdId, null, userId, userName, nowUtc);

    private string? Handle(
        IntakeStatus status, string note, Guid? householdId, Guid? personId, string userId, string userName, DateTime nowUtc)
    {
        if (!IsOpen)
        {
            return $"Dit formulier is al afgehandeld ({Status.Label()}).";
        }

        Status = status;
        OutcomeNote = note.Trim();
        LinkedHouseholdId = householdId;
        LinkedPersonId = personId;
        HandledByUserId = userId;
        HandledByName = userName;
        HandledAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
        return null;
    }

    Guid? IAuditedEntity.AuditHouseholdId => LinkedHouseholdId;

    Guid? IAuditedEntity.AuditPersonId => LinkedPersonId;
}
