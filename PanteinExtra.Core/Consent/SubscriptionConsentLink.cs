using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// Signing a person up or off at the desk is a consent decision for the purpose the subscription rests on: signing off
/// withdraws the standing consent (on the wording it was given on, with every withdrawal effect), signing up gives it on
/// today's wording, unless it already stands. Recorded as the caller decided it in this call: the member or housemate,
/// or the registered contact person, who then needs the permission to decide on consent. The FG working for a request
/// records it as a written decision, with the request as note.
/// </summary>
public sealed class SubscriptionConsentLink(ICurrentUser user, TimeProvider clock, IEnumerable<IConsentWithdrawalEffect> withdrawalEffects)
    : ISubscriptionConsent
{
    public async Task<SubscriptionConsentStep> FollowAsync(
        PortalDbContext db, Guid personId, SubscriptionKind kind, bool subscribe, HouseholdAccessGrant grant, CallerCheckResult? call,
        CancellationToken ct)
    {
        var purposeKinds = Enum.GetValues<ConsentPurposeKind>().Where(k => ConsentPurposeKinds.LinkedSubscription(k) == kind).ToList();
        if (purposeKinds.Count == 0)
        {
            return SubscriptionConsentStep.Nothing;
        }

        var purposes = await db.ConsentPurposes.AsNoTracking().Include(p => p.Versions)
            .Where(p => purposeKinds.Contains(p.Kind)).OrderBy(p => p.Name).ToListAsync(ct);
        var purposeIds = purposes.Select(p => p.Id).ToList();
        var history = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.PersonId == personId && purposeIds.Contains(e.PurposeId))
            .ToListAsync(ct);

        var decisions = new List<(ConsentPurpose Purpose, ConsentPurposeVersion Version, List<ConsentEvent> History)>();
        foreach (var purpose in purposes)
        {
            var own = history.Where(e => e.PurposeId == purpose.Id).ToList();
            var current = ConsentHistory.StateOf(own, purpose.Id, DateTime.MaxValue);
            if (!subscribe && current.IsGiven)
            {
                decisions.Add((purpose, purpose.Versions.First(v => v.Id == current.LastEvent!.PurposeVersionId), own));
            }
            else if (subscribe && purpose.IsActive && !current.IsGiven)
            {
                decisions.Add((purpose, purpose.Versions.First(v => v.Version == purpose.CurrentVersion), own));
            }
        }

        if (decisions.Count == 0)
        {
            return SubscriptionConsentStep.Nothing;
        }

        ContactPerson? actor = null;
        if (call?.Caller == CallerKind.ContactPerson)
        {
            actor = await db.ContactPersons.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == call.ContactPersonId && c.HouseholdId == grant.HouseholdId, ct);
            if (actor is null || !actor.Permissions.HasFlag(ContactPersonPermissions.GiveOrWithdrawConsent))
            {
                return new SubscriptionConsentStep(
                    $"{kind.CapitalisedLabel()} rust op toestemming, en deze contactpersoon mag geen toestemming geven of intrekken namens het lid.",
                    null);
            }
        }

        var action = subscribe ? ConsentAction.Given : ConsentAction.Withdrawn;
        var (channel, note) = call is null ? (ConsentChannel.Paper, grant.PurposeOfUse) : (ConsentChannel.Phone, (string?)null);
        foreach (var (purpose, version, own) in decisions)
        {
            var evt = ConsentService.NewEvent(
                grant.HouseholdId, personId, purpose.Id, version, own, action, channel,
                actor is null ? ConsentGivenBy.Person : ConsentGivenBy.ContactPerson, actor, note, user, clock);
            db.ConsentEvents.Add(evt);
            if (action == ConsentAction.Withdrawn)
            {
                foreach (var effect in withdrawalEffects)
                {
                    await effect.ApplyAsync(db, purpose, evt, ct);
                }
            }
        }

        var names = string.Join(" en ", decisions.Select(d => $"‘{d.Purpose.Name}’"));
        return new SubscriptionConsentStep(null, subscribe ? $"Toestemming voor {names} vastgelegd." : $"Toestemming voor {names} ingetrokken.");
    }
}
