using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// Which register activities that rest on a consent purpose (<see cref="ConsentPurpose.ActivityId"/>) apply to one person:
/// those whose purpose the person decided on, or whose subscription (<see cref="ConsentPurposeKinds.LinkedSubscription"/>)
/// the person or household holds. The magazine, the newsletter and the panel share the subscriptions' retention policy;
/// without this rule a member with only the magazine would be told of the newsletter's transfer to the US, and the panel
/// agency would be sent an erasure instruction naming someone it never had.
/// </summary>
public sealed class ConsentActivityScope
{
    private readonly IReadOnlySet<Guid> _consentActivities;

    private ConsentActivityScope(IReadOnlySet<Guid> consentActivities, IReadOnlySet<Guid> applying)
    {
        _consentActivities = consentActivities;
        Applying = applying;
    }

    /// <summary>The consent-based activities that apply to the person.</summary>
    public IReadOnlySet<Guid> Applying { get; }

    /// <summary>An activity applies unless it rests on a consent purpose the person has nothing to do with.</summary>
    public bool Applies(Guid activityId) => !_consentActivities.Contains(activityId) || Applying.Contains(activityId);

    public static async Task<ConsentActivityScope> ForAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var purposes = await db.ConsentPurposes.AsNoTracking().Where(p => p.ActivityId != null)
            .Select(p => new { p.Id, p.Kind, ActivityId = p.ActivityId!.Value }).ToListAsync(ct);
        var decided = await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == personId).Select(e => e.PurposeId).Distinct().ToListAsync(ct);
        var subscribed = await db.Subscriptions.AsNoTracking()
            .Where(s => s.HouseholdId == householdId && (s.PersonId == null || s.PersonId == personId)).Select(s => s.Kind).Distinct().ToListAsync(ct);
        return new ConsentActivityScope(
            purposes.Select(p => p.ActivityId).ToHashSet(),
            purposes
                .Where(p => decided.Contains(p.Id) || (ConsentPurposeKinds.LinkedSubscription(p.Kind) is { } kind && subscribed.Contains(kind)))
                .Select(p => p.ActivityId)
                .ToHashSet());
    }
}
