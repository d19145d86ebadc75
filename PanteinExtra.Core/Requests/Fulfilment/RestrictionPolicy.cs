using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>Whether a person or household is restricted (Art. 18). Features that use data consult this before acting.</summary>
public sealed class RestrictionPolicy(IDbContextFactory<PortalDbContext> dbFactory) : Common.IProcessingRestrictions
{
    public const string RestrictedMessage =
        "De verwerking van deze gegevens is beperkt op verzoek van de betrokkene (artikel 18 AVG). Dit kan alleen via het verzoek.";

    public async Task<bool> IsRestrictedAsync(Guid householdId, Guid? personId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcessingRestrictions.AsNoTracking()
            .AnyAsync(r => r.LiftedOn == null && r.HouseholdId == householdId && (personId == null || r.PersonId == personId), ct);
    }
}
