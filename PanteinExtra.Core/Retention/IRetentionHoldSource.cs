using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// Something that keeps a household out of retention runs: an open complaint, a hold the FG set, and (from the
/// requests feature) an open data-subject request. Register more with
/// <see cref="RetentionServiceCollectionExtensions.AddRetentionHoldSource{T}"/>.
/// </summary>
public interface IRetentionHoldSource
{
    /// <summary>Active holds, for the given households or (null) for all.</summary>
    Task<IReadOnlyList<RetentionHold>> FindActiveHoldsAsync(PortalDbContext db, IReadOnlyCollection<Guid>? householdIds, CancellationToken ct);
}

public sealed record RetentionHold(Guid HouseholdId, string Reason);

/// <summary>A household with an open complaint is held until the complaint is closed.</summary>
public sealed class OpenComplaintHoldSource : IRetentionHoldSource
{
    public async Task<IReadOnlyList<RetentionHold>> FindActiveHoldsAsync(
        PortalDbContext db, IReadOnlyCollection<Guid>? householdIds, CancellationToken ct)
    {
        var open = db.Feedback.AsNoTracking().Where(f => f.Kind == FeedbackKind.Complaint && f.ClosedOn == null);
        if (householdIds is not null)
        {
            open = open.Where(f => householdIds.Contains(f.HouseholdId));
        }

        var rows = await open.Select(f => new { f.HouseholdId, f.ReceivedOn }).ToListAsync(ct);
        return rows.Select(r => new RetentionHold(r.HouseholdId, $"open klacht (ontvangen {Dutch.Date(r.ReceivedOn)})")).ToList();
    }
}

/// <summary>The holds the FG set by hand (a dispute, a legal claim).</summary>
public sealed class LegalHoldSource : IRetentionHoldSource
{
    public async Task<IReadOnlyList<RetentionHold>> FindActiveHoldsAsync(
        PortalDbContext db, IReadOnlyCollection<Guid>? householdIds, CancellationToken ct)
    {
        var active = db.LegalHolds.AsNoTracking().Where(h => h.LiftedAtUtc == null);
        if (householdIds is not null)
        {
            active = active.Where(h => householdIds.Contains(h.HouseholdId));
        }

        var rows = await active.Select(h => new { h.HouseholdId, h.Kind, h.SetAtUtc }).ToListAsync(ct);
        return rows.Select(r => new RetentionHold(r.HouseholdId, $"{r.Kind.Label()} (bewaarblokkade sinds {Dutch.Date(r.SetAtUtc)})")).ToList();
    }
}

/// <summary>Every source together: household id to the reasons it is held.</summary>
public sealed class RetentionHolds(IEnumerable<IRetentionHoldSource> sources)
{
    public async Task<IReadOnlyDictionary<Guid, string>> FindAsync(
        PortalDbContext db, IReadOnlyCollection<Guid>? householdIds, CancellationToken ct)
    {
        var reasons = new Dictionary<Guid, List<string>>();
        foreach (var source in sources)
        {
            foreach (var hold in await source.FindActiveHoldsAsync(db, householdIds, ct))
            {
                if (!reasons.TryGetValue(hold.HouseholdId, out var list))
                {
                    reasons[hold.HouseholdId] = list = [];
                }

                if (!list.Contains(hold.Reason))
                {
                    list.Add(hold.Reason);
                }
            }
        }

        return reasons.ToDictionary(r => r.Key, r => string.Join("; ", r.Value));
    }
}
