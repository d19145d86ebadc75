using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>A complaint or a compliment. Privacy complaints go to the complaints officer; the member is told they may also complain to the AP.</summary>
[Display(Name = "klacht of compliment")]
public sealed class Feedback : IAuditedEntity, IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid? PersonId { get; init; }

    public FeedbackKind Kind { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public ReceivedChannel Channel { get; init; }

    public required string Subject { get; set; }

    public string? Description { get; set; }

    public bool IsPrivacyComplaint { get; set; }

    /// <summary>Who handles it and how, e.g. "klachtenfunctionaris".</summary>
    public string? Handling { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public bool IsOpen => ClosedOn is null;

    /// <summary>
    /// The complaint is dealt with: its outcome is recorded and it is closed on <paramref name="today"/>, from which its
    /// retention counts (<see cref="Retention.Kinds.ComplaintRecordKind"/>). Null when closed; else why it cannot be.
    /// </summary>
    public string? Close(string outcome, DateOnly today)
    {
        if (Kind != FeedbackKind.Complaint)
        {
            return "Alleen een klacht wordt afgesloten; een compliment heeft geen afhandeling.";
        }

        if (!IsOpen)
        {
            return "Deze klacht is al afgesloten.";
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            return "Vul de uitkomst van de klacht in.";
        }

        Outcome = outcome.Trim();
        ClosedOn = today;
        ConcurrencyStamp = Guid.NewGuid();
        return null;
    }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>Retention or erasure: the free text goes; the kind, dates and privacy flag stay for statistics.</summary>
    public void Anonymise()
    {
        Subject = Person.AnonymisedName;
        Description = null;
        Handling = null;
        Outcome = null;
        ConcurrencyStamp = Guid.NewGuid();
    }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
