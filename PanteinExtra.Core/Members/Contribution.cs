using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>The membership fee of one year: owed and paid. A fiscal record (7 years, Art. 52 AWR).</summary>
[Display(Name = "contributie")]
public sealed class Contribution : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public int Year { get; init; }

    public decimal AmountDue { get; set; }

    public decimal AmountPaid { get; set; }

    public DateOnly? PaidOn { get; set; }

    public PaymentMethod Method { get; set; }

    public decimal Outstanding => AmountDue - AmountPaid;

    /// <summary>Retention: year, amounts and method stay for statistics; the payment date goes.</summary>
    public void Anonymise() => PaidOn = null;

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => null;
}
