using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Requests;

/// <summary>A household with an open data-subject request is held: nothing of it is deleted while the request runs.</summary>
public sealed class OpenRequestHoldSource : IRetentionHoldSource
{
    public async Task<IReadOnlyList<RetentionHold>> FindActiveHoldsAsync(PortalDbContext db, IReadOnlyCollection<Guid>? householdIds, CancellationToken ct)
    {
        var open = db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected);
        if (householdIds is not null)
        {
            open = open.Where(r => householdIds.Contains(r.HouseholdId));
        }

        return (await open.Select(r => new { r.HouseholdId, r.Number, r.Type }).ToListAsync(ct))
            .Select(r => new RetentionHold(r.HouseholdId, $"open privacyverzoek #{r.Number} ({r.Type.Label()})"))
            .ToList();
    }
}
