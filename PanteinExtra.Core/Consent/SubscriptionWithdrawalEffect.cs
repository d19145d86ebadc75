using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>Withdrawing consent for the newsletter, online magazine or members' panel ends that subscription today.</summary>
public sealed class SubscriptionWithdrawalEffect(TimeProvider clock) : IConsentWithdrawalEffect
{
    public async Task<WithdrawalConsequence?> ApplyAsync(
        PortalDbContext db, ConsentPurpose purpose, ConsentEvent withdrawal, CancellationToken ct)
    {
        if (ConsentPurposeKinds.LinkedSubscription(purpose.Kind) is not { } kind)
        {
            return null;
        }

        var today = DutchTime.Today(clock);
        var running = await db.Subscriptions
            .Where(s => s.PersonId == withdrawal.PersonId && s.Kind == kind)
            .Where(Subscription.NotEndedBy(today))
            .ToListAsync(ct);
        running.ForEach(s => s.End(today));

        return running.Count == 0
            ? null
            : new WithdrawalConsequence("Subscription", running.Count, $"Aanmelding beëindigd per {Dutch.Date(today)}: {kind.Label()}.");
    }
}
