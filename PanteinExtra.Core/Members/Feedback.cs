using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>A complaint or a compliment. Privacy complaints go to the complaints officer; the member is told they may also complain to the AP.</summary>
public sealed class Feedback : IAuditedEntity
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

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
