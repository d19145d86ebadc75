using System.Linq.Expressions;
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

    /// <summary>
    /// The day the subscription stops ("afgemeld per"): from this day on nothing is sent. A subscription ended today is
    /// no longer active today.
    /// </summary>
    public DateOnly? EndDate { get; set; }

    public ContactChannel Channel { get; set; }

    /// <summary>Runs on <paramref name="date"/>: started, and not ended on or before it.</summary>
    public bool IsActiveOn(DateOnly date) => StartDate <= date && !IsEndedBy(date);

    /// <summary>Ended on or before <paramref name="date"/>: the same rule as <see cref="NotEndedBy"/>.</summary>
    public bool IsEndedBy(DateOnly date) => EndDate is { } end && end <= date;

    /// <summary>
    /// The subscriptions not ended by <paramref name="date"/> (running, or starting later), for queries: the one rule the
    /// desk and the consent withdrawal share with <see cref="IsEndedBy"/>.
    /// </summary>
    public static Expression<Func<Subscription, bool>> NotEndedBy(DateOnly date) => s => s.EndDate == null || s.EndDate > date;

    /// <summary>
    /// Signed off today: it stops today (<see cref="EndDate"/> is today, so it no longer counts as active today); the row
    /// stays as history for the retention rules. An end already set earlier stays.
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
