using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Registration for the collective health-insurance discount: only what is needed to account for it with the
/// insurer (who, which insurer, from when to when). No policy or health data.
/// </summary>
[Display(Name = "collectiviteitskorting")]
public sealed class InsuranceDiscount : IAuditedEntity, Common.IEndDatedRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    public required string Insurer { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
