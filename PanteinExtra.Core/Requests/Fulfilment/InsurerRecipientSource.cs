using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// The health insurers that account for a collective discount in the household. Every registration in the household
/// counts, a housemate's included: the insurer received the household's name and address with it, the data an
/// erasure or correction of the household's address concerns (Art. 19).
/// </summary>
public sealed class InsurerRecipientSource(IDbContextFactory<PortalDbContext> dbFactory) : IRecipientSource
{
    public RecipientKind Kind => RecipientKind.Insurer;

    public async Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid householdId, Guid personId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var discounts = await db.InsuranceDiscounts.AsNoTracking()
            .Where(d => d.HouseholdId == householdId || d.PersonId == personId)
            .Select(d => new { d.Insurer, d.StartDate, Own = d.PersonId == personId })
            .ToListAsync(ct);
        return discounts
            .GroupBy(d => d.Insurer)
            .Select(g => new DataRecipient(
                g.Key,
                g.Any(d => d.Own)
                    ? "naam, adres en lidnummer voor de collectiviteitskorting"
                    : "adres en lidnummer van het huishouden voor de collectiviteitskorting van een huisgenoot",
                g.Min(d => d.StartDate),
                Kind))
            .ToList();
    }
}
