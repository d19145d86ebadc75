namespace PanteinExtra.Core.Common;

/// <summary>A record that ends on a date of its own (a subscription, a discount registration).</summary>
public interface IEndDatedRecord
{
    Guid Id { get; }

    Guid HouseholdId { get; }

    DateOnly? EndDate { get; }
}
