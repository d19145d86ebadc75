namespace PanteinExtra.Core.Common;

/// <summary>The current user may not do this. Already audited as denied when thrown by <see cref="AccessGuard"/>.</summary>
public sealed class ForbiddenException(string operation)
    : Exception($"Geen toegang tot '{operation}'.")
{
    public string Operation { get; } = operation;
}

/// <summary>The thing asked for does not exist (or no longer exists).</summary>
public sealed class NotFoundException(string what, object key)
    : Exception($"{what} '{key}' bestaat niet (meer).")
{
    public string What { get; } = what;
}

/// <summary>
/// A read the rules do not allow for this thing (e.g. the access report of an unverified request): the Dutch reason is
/// shown as it is. Commands return <see cref="Result.Refused"/> instead; reads that return data throw this.
/// </summary>
public sealed class RefusedException(string reason) : Exception(reason);
