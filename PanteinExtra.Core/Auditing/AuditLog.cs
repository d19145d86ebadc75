using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

/// <summary>Writes one event in its own short transaction, chained to the tip.</summary>
internal sealed class AuditLog(IDbContextFactory<PortalDbContext> dbFactory, AuditEventFactory events) : IAuditLog
{
    public async Task RecordAsync(AuditRecord record, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tip = await AuditChain.LockAndReadTipAsync(db, ct);
        var activities = await Register.AuditAreaLink.CurrentAsync(db, ct);
        db.AuditEvents.Add(events.Create(record, tip, activities));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
