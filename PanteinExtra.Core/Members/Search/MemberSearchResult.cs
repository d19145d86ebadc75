namespace PanteinExtra.Core.Members;

/// <summary>
/// A row of the result list: only what the agent needs to pick the right household. For a household whose data was
/// erased, <see cref="Name"/> is the notice that says so (<see cref="ErasedHousehold.Notice"/>) and nothing else is shown.
/// </summary>
public sealed record MemberSearchRow(Guid HouseholdId, string Name, string City, string MemberNumber, MembershipStatus Status)
{
    public bool IsErased { get; init; }
}

/// <summary>
/// A page of results. The total is counted up to <see cref="MemberSearchService.MaxResults"/>; beyond that
/// <see cref="HasMore"/> asks the agent to search more precisely.
/// </summary>
public sealed record MemberSearchResult(MemberSearchKind? Kind, IReadOnlyList<MemberSearchRow> Rows, int TotalCount, bool HasMore, string? Problem)
{
    public static MemberSearchResult Invalid(string problem) => new(null, [], 0, false, problem);
}
