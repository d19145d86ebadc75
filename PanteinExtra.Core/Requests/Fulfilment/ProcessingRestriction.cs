using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// Art. 18: the person's data may be stored but not otherwise used while the restriction stands: no newsletter, no new
/// referrals, edits only through the request. Other features ask <see cref="RestrictionPolicy"/>.
/// </summary>
public sealed class ProcessingRestriction : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public Guid RequestId { get; init; }

    public DateOnly Since { get; init; }

    public DateOnly? LiftedOn { get; set; }

    public string? LiftReason { get; set; }

    public bool IsActive => LiftedOn is null;

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}

/// <summary>Art. 19: one recipient to tell about a rectification, erasure or restriction.</summary>
public sealed class NotificationTask : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequestId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public required string RecipientName { get; init; }

    /// <summary>What was shared with the recipient, and when (from the disclosure records).</summary>
    public required string SharedWhat { get; init; }

    public DateOnly CreatedOn { get; init; }

    public DateOnly? SentOn { get; set; }

    public string? SentByName { get; set; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
