using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>Consents given and withdrawn, the service providers the person's data went to on a referral, and the person's own privacy requests.</summary>
public sealed class SharingAccessReportContributor : IAccessReportContributor
{
    public int Order => 10;

    public async Task<IReadOnlyList<AccessReportData>> DataAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var purposes = await db.ConsentPurposes.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == personId).OrderBy(e => e.OccurredAtUtc).ToListAsync(ct);
        var referrals = await db.Disclosures.AsNoTracking().Where(d => d.PersonId == personId).OrderBy(d => d.DisclosedAtUtc).ToListAsync(ct);
        var requests = await db.DataSubjectRequests.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.Number).ToListAsync(ct);
        return
        [
            new("Uw toestemmingen", ConsentRecordKind.KindKey, AuditArea.Consent,
                events.Select(e => new AccessReportRow(
                    purposes.GetValueOrDefault(e.PurposeId, "Onbekend doel"),
                    $"{e.Action.CapitalisedLabel()} op {Dutch.Date(e.OccurredAtUtc)} via {e.Channel.Label()} (tekstversie {e.PurposeVersion})")).ToList()),
            new("Doorverwijzingen naar dienstverleners", ReferralRecordKind.KindKey, AuditArea.Referrals,
                referrals.Select(d => new AccessReportRow(
                    d.RecipientName,
                    $"{Dutch.Date(d.DisclosedAtUtc)}: {d.Fields.CapitalisedLabel()}")).ToList()),
            new("Uw privacyverzoeken", RequestRecordKind.KindKey, AuditArea.PrivacyRights,
                requests.Select(r => new AccessReportRow(
                    $"Verzoek {r.Number}: {r.Type.Label()}",
                    $"Ontvangen op {Dutch.Date(r.ReceivedOn)}; status: {r.Status.Label()}{(r.ClosedOn is { } closed ? $" op {Dutch.Date(closed)}" : "")}")).ToList()),
        ];
    }
}
