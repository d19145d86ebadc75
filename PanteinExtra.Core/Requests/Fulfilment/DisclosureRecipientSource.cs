using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>The service providers the person's data was shared with on a referral, from the disclosure records.</summary>
public sealed class DisclosureRecipientSource(IDbContextFactory<PortalDbContext> dbFactory) : IRecipientSource
{
    public RecipientKind Kind => RecipientKind.ServiceProvider;

    public async Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid householdId, Guid personId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var disclosures = await db.Disclosures.AsNoTracking().Where(d => d.PersonId == personId).ToListAsync(ct);
        return disclosures
            .GroupBy(d => d.RecipientName)
            .Select(g => new DataRecipient(
                g.Key,
                g.Aggregate(SharedDataField.None, (all, d) => all | d.Fields).CapitalisedLabel(),
                DateOnly.FromDateTime(Common.DutchTime.ToDutch(g.Min(d => d.DisclosedAtUtc))),
                Kind))
            .ToList();
    }
}
