namespace PanteinExtra.Core.Common;

/// <summary>
/// Art. 18: whether the processing of a household's or person's data is restricted on their request. Features that
/// use data (newsletter sign-up, referrals, edits at the desk) ask before acting; the requests feature answers.
/// </summary>
public interface IProcessingRestrictions
{
    Task<bool> IsRestrictedAsync(Guid householdId, Guid? personId = null, CancellationToken ct = default);
}
