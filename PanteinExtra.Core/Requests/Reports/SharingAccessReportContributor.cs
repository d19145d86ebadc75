using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>Consents given and withdrawn, and the service providers the person's data went to on a referral.</summary>
public sealed class SharingAccessReportContributor : IAccessReportContributor
{
    public int Order => 10;

    public async Task<IReadOnlyList<AccessReportSection>> SectionsAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var purposes = await db.ConsentPurposes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == personId).OrderBy(e => e.OccurredAtUtc).ToListAsync(ct);
        var referrals = await db.Disclosures.AsNoTracking().Where(d => d.PersonId == personId).OrderBy(d => d.DisclosedAtUtc).ToListAsync(ct);
        return
        [
            new("Uw toestemmingen", "Vastleggen waarvoor u toestemming gaf of die introk", "Wettelijke plicht om toestemming te kunnen aantonen (artikel 7, lid 1 AVG)",
                "Van u zelf of uw contactpersoon", "Zolang de toestemming geldt en daarna zolang nodig om haar aan te tonen",
                events.Select(e => new AccessReportRow(
                    purposes.GetValueOrDefault(e.PurposeId, "onbekend doel"),
                    $"{e.Action.Label()} op {Dutch.Date(e.OccurredAtUtc)} via {e.Channel.Label()} (tekstversie {e.PurposeVersion})")).ToList()),
            new("Doorverwijzingen naar dienstverleners", "U doorverwijzen naar een dienstverlener voor hulp aan huis", "Uw toestemming (artikel 6, lid 1, sub a AVG)",
                "Van u zelf", "Tot 2 jaar na de laatste doorverwijzing",
                referrals.Select(d => new AccessReportRow(
                    d.RecipientName,
                    $"{Dutch.Date(d.DisclosedAtUtc)}: {d.Fields.CapitalisedLabel()}")).ToList()),
        ];
    }
}
