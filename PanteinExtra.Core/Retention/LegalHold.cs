using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// A hold the FG set on a household (a dispute, a legal claim): nothing of it is deleted or anonymised until the
/// FG lifts the hold. Holds from open complaints or requests are derived, not stored (<see cref="IRetentionHoldSource"/>).
/// </summary>
[Display(Name = "bewaarblokkade")]
public sealed class LegalHold : IAuditedEntity, IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public LegalHoldKind Kind { get; init; }

    public required string Reason { get; init; }

    public DateTime SetAtUtc { get; init; }

    public required string SetByUserId { get; init; }

    public required string SetByName { get; init; }

    public DateTime? LiftedAtUtc { get; private set; }

    public string? LiftedByUserId { get; private set; }

    public string? LiftedByName { get; private set; }

    public string? LiftReason { get; private set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsActive => LiftedAtUtc is null;

    /// <summary>The FG lifts the hold, with a reason; from then on retention runs treat the household as any other.</summary>
    public void Lift(DateTime atUtc, string userId, string userName, string reason)
    {
        if (!IsActive)
        {
            throw new InvalidOperationException("The hold was already lifted.");
        }

        LiftedAtUtc = atUtc;
        LiftedByUserId = userId;
        LiftedByName = userName;
        LiftReason = reason;
    }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => null;
}
