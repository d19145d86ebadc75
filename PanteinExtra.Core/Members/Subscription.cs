using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>The magazine, member pass, newsletter, online magazine or members' panel, for the household or one person.</summary>
[Display(Name = "abonnement")]
public sealed class Subscription : IAuditedEntity, Common.IEndDatedRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    /// <summary>For personal subscriptions (newsletter, panel); null when it is the household's (magazine).</summary>
    public Guid? PersonId { get; init; }

    public SubscriptionKind Kind { get; init; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public ContactChannel Channel { get; set; }

    public bool IsActiveOn(DateOnly date) => StartDate <= date && (EndDate is null || EndDate >= date);

    /// <summary>
    /// Signed off today: nothing new is sent from tomorrow; the row stays as history for the retention rules.
    /// An end already set earlier stays.
    /// </summary>
    public void End(DateOnly today)
    {
        if (EndDate is null || EndDate > today)
        {
            EndDate = today;
        }
    }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
