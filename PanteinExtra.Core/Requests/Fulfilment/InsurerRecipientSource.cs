using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>The health insurer receives member number and name to account for the collective discount.</summary>
public sealed class InsurerRecipientSource(IDbContextFactory<PortalDbContext> dbFactory) : IRecipientSource
{
    public async Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid householdId, Guid personId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.InsuranceDiscounts.AsNoTracking()
            .Where(d => d.PersonId == personId)
            .Select(d => new DataRecipient(d.Insurer, "naam en lidnummer voor de collectiviteitskorting", d.StartDate))
            .ToListAsync(ct);
    }
}
