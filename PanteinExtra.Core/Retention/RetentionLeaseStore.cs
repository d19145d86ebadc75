using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// The database lease that keeps retention work single: one conditional UPDATE claims the row only when it is
/// free, expired or already ours, so two instances (or two calls in one instance) can never both hold it.
/// Infrastructure, not personal data: ExecuteUpdate is fine here.
/// </summary>
public sealed class RetentionLeaseStore(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, RetentionOptions options)
{
    public async Task<bool> TryClaimAsync(string holder, Guid? runId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.LeaseDuration;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.RetentionLeases
            .Where(l => l.Name == RetentionLease.RetentionWork && (l.Holder == null || l.Holder == holder || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAtUtc, until).SetProperty(l => l.RunId, runId), ct);
        return claimed == 1;
    }

    public async Task ReleaseAsync(string holder)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.RetentionLeases
            .Where(l => l.Name == RetentionLease.RetentionWork && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.ExpiresAtUtc, (DateTime?)null).SetProperty(l => l.RunId, (Guid?)null));
    }
}
