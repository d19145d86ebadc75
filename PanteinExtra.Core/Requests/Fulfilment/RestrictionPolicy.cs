using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>Whether a person or household is restricted (Art. 18). Features that use data consult this before acting.</summary>
public sealed class RestrictionPolicy(IDbContextFactory<PortalDbContext> dbFactory) : Common.IProcessingRestrictions
{
    public async Task<bool> IsRestrictedAsync(Guid householdId, Guid? personId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcessingRestrictions.AsNoTracking()
            .AnyAsync(r => r.LiftedOn == null && r.HouseholdId == householdId && (personId == null || r.PersonId == personId), ct);
    }
}
