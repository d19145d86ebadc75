using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>What following a sign-up or sign-off in the consent record did, or why it may not be done.</summary>
public sealed record SubscriptionConsentStep(string? Refusal, string? Done)
{
    public static readonly SubscriptionConsentStep Nothing = new(null, null);
}

/// <summary>
/// The consent a personal subscription rests on (newsletter, online magazine, members' panel): when the desk signs a person
/// up or off, the consent record follows in the same save, so the subscription and the consent never tell two stories.
/// Implemented by the consent feature; the desk calls it before saving.
/// </summary>
public interface ISubscriptionConsent
{
    /// <summary>
    /// Adds (not saves) the consent event that matches signing <paramref name="personId"/> up or off for
    /// <paramref name="kind"/>, decided by the caller of <paramref name="call"/> (null when the FG works for a request).
    /// </summary>
    Task<SubscriptionConsentStep> FollowAsync(
        PortalDbContext db, Guid personId, SubscriptionKind kind, bool subscribe, HouseholdAccessGrant grant, CallerCheckResult? call,
        CancellationToken ct);
}
