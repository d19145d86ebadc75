using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// Art. 18: the person's data may be stored but not otherwise used while the restriction stands: no newsletter, no new
/// referrals, edits only through the request. Other features ask <see cref="RestrictionPolicy"/>.
/// </summary>
[Display(Name = "beperking van de verwerking")]
public sealed class ProcessingRestriction : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public Guid RequestId { get; init; }

    public DateOnly Since { get; init; }

    public DateOnly? LiftedOn { get; private set; }

    public string? LiftReason { get; private set; }

    public bool IsActive => LiftedOn is null;

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;

    /// <summary>The person of the request is restricted from this day on (a restriction request, or what an erasure kept).</summary>
    public static ProcessingRestriction For(DataSubjectRequest request, DateOnly since) => new()
    {
        HouseholdId = request.HouseholdId,
        PersonId = request.PersonId,
        RequestId = request.Id,
        Since = since,
    };

    /// <summary>Art. 18(3): the restriction ends, for the reason the subject was told beforehand.</summary>
    public void Lift(DateOnly on, string reason)
    {
        LiftedOn = on;
        LiftReason = reason.Trim();
    }
}

/// <summary>Whether a recipient has been told yet.</summary>
public enum NotificationState
{
    [Display(Name = "te versturen")]
    Open,

    [Display(Name = "verstuurd")]
    Sent,
}

/// <summary>Art. 19: one recipient to tell about a rectification, erasure or restriction.</summary>
[Display(Name = "kennisgeving aan een ontvanger")]
public sealed class NotificationTask : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequestId { get; init; }

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public required string RecipientName { get; init; }

    /// <summary>Service provider, insurer or processor: what the recipient is to us, shown with the task.</summary>
    public RecipientKind RecipientKind { get; init; }

    /// <summary>What was shared with the recipient, and when (from the disclosure records).</summary>
    public required string SharedWhat { get; init; }

    public DateOnly CreatedOn { get; init; }

    public DateOnly? SentOn { get; private set; }

    public string? SentByName { get; private set; }

    public NotificationState State => SentOn is null ? NotificationState.Open : NotificationState.Sent;

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;

    /// <summary>The recipient was told; a second mark keeps the first date. False when it had been sent already.</summary>
    public bool MarkSent(DateOnly on, string byName)
    {
        if (SentOn is not null)
        {
            return false;
        }

        SentOn = on;
        SentByName = byName;
        return true;
    }
}
