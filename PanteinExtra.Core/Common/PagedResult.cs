namespace PanteinExtra.Core.Common;

/// <summary>One page of a server-side paged list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
