using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Referrals;

/// <summary>Withdrawing the consent to share with service providers flags the person's open referrals for the agent.</summary>
public sealed class ReferralWithdrawalEffect : IConsentWithdrawalEffect
{
    public async Task<WithdrawalConsequence?> ApplyAsync(
        PortalDbContext db, ConsentPurpose purpose, ConsentEvent withdrawal, CancellationToken ct)
    {
        if (purpose.Kind != ConsentPurposeKind.ReferralSharing)
        {
            return null;
        }

        var open = await db.Referrals
            .Where(r => r.PersonId == withdrawal.PersonId && r.Status == ReferralStatus.Open && r.ConsentWithdrawnAtUtc == null)
            .ToListAsync(ct);
        foreach (var referral in open)
        {
            referral.FlagConsentWithdrawn(withdrawal.OccurredAtUtc);
        }

        return open.Count == 0
            ? new WithdrawalConsequence("Referral", 0, "Delen met dienstverleners is vanaf nu geblokkeerd.")
            : new WithdrawalConsequence(
                "Referral", open.Count,
                $"Delen met dienstverleners is vanaf nu geblokkeerd; {Dutch.Count(open.Count, "open doorverwijzing", "open doorverwijzingen")} gemarkeerd: neem contact op met de dienstverlener.");
    }
}

/// <summary>The service providers a person's data was disclosed to, for the consent receipt.</summary>
public sealed class DisclosureRecipientSource : IConsentRecipientSource
{
    public async Task<IReadOnlyList<ConsentRecipient>> RecipientsAsync(
        PortalDbContext db, Guid personId, ConsentPurposeKind kind, CancellationToken ct)
    {
        if (kind != ConsentPurposeKind.ReferralSharing)
        {
            return [];
        }

        var ids = await db.Disclosures.AsNoTracking()
            .Where(d => d.PersonId == personId && d.RecipientKind == Disclosure.ServiceProviderRecipient)
            .Select(d => new { d.RecipientId, d.RecipientName }).Distinct().ToListAsync(ct);
        var providers = await db.ServiceProviders.AsNoTracking()
            .Where(p => ids.Select(i => i.RecipientId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return ids.DistinctBy(i => i.RecipientId).Select(i => providers.TryGetValue(i.RecipientId, out var p)
                ? new ConsentRecipient(p.Id, p.Name, p.Region, p.Email, p.Phone, p.Website)
                : new ConsentRecipient(i.RecipientId, i.RecipientName, null, null, null, null))
            .ToList();
    }
}
