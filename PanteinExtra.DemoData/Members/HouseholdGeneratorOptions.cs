namespace PanteinExtra.DemoData.Members;

/// <summary>
/// Shapes of generated households. The defaults give the first-run demo data; the retention benchmark asks for a
/// larger share of ended memberships, ended on days in a given range, and for no open complaints in the households
/// it expires.
/// </summary>
public sealed record HouseholdGeneratorOptions
{
    /// <summary>The share of households whose membership has ended (0 to 1).</summary>
    public float EndedShare { get; init; } = 0.08f;

    /// <summary>
    /// When set, an ended membership ended between <c>Min</c> and <c>Max</c> days before today, and the household's
    /// contributions, discounts, later subscriptions, calls, complaints and compliments start before that end. When
    /// null (the demo data), an ended membership ended between 30 days after joining and today.
    /// </summary>
    public (int Min, int Max)? EndedDaysAgo { get; init; }

    /// <summary>The share of complaints that are closed (0 to 1). An open complaint holds its household from retention.</summary>
    public float ClosedComplaintShare { get; init; } = 0.8f;
}
