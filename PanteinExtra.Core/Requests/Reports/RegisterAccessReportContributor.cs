using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>The purposes and legal bases of every processing activity, as the processing register lists them.</summary>
public sealed class RegisterAccessReportContributor : IAccessReportContributor
{
    public int Order => 90;

    public async Task<IReadOnlyList<AccessReportSection>> SectionsAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var activities = await db.ProcessingActivities.AsNoTracking().OrderBy(a => a.Name).ToListAsync(ct);
        return
        [
            new("Waarvoor Pantein Extra persoonsgegevens gebruikt (uit ons verwerkingsregister)",
                "Overzicht van alle verwerkingen", "Per verwerking hieronder", "Ons verwerkingsregister (artikel 30 AVG)",
                "Per verwerking hieronder",
                activities.Select(a => new AccessReportRow(
                    a.Name,
                    $"{string.Join("; ", a.Purposes)}. Grondslag: {(a.LegalBasis is { } b ? RegisterText.Display(b) : "nog vast te stellen")}. Bewaren: {a.RetentionPeriod}")).ToList()),
        ];
    }
}
