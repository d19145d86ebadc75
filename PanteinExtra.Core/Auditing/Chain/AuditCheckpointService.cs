using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>
/// Writes the chain head to the checkpoint folder and records that it did (a row and an audit event). Called hourly
/// by <see cref="AuditCheckpointBackgroundService"/>, on demand by the FG, and before pruning.
/// </summary>
public sealed class AuditCheckpointService(
    IDbContextFactory<PortalDbContext> dbFactory, CheckpointFiles files, IAuditLog audit, TimeProvider clock)
{
    public async Task<AuditCheckpoint?> WriteAsync(AuditCheckpointReason reason, CancellationToken ct = default)
    {
        AuditCheckpoint checkpoint;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var tip = await AuditChain.LockAndReadTipAsync(db, ct);
            if (tip.Hash is null)
            {
                return null;
            }

            var keyedFrom = await db.AuditEvents.AsNoTracking()
                .Where(e => e.HashVersion == AuditChain.KeyedHashVersion)
                .MinAsync(e => (long?)e.Sequence, ct) ?? tip.Sequence + 1;
            var now = clock.GetUtcNow().UtcDateTime;
            var name = files.Write(tip.Sequence, tip.Hash, now, keyedFrom);
            checkpoint = new AuditCheckpoint { Sequence = tip.Sequence, Hash = tip.Hash, CreatedAtUtc = now, Reason = reason, FileName = name };
            db.AuditCheckpoints.Add(checkpoint);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await audit.RecordAsync(
            new AuditRecord(AuditEventTypes.AuditLogCheckpoint, AuditAction.Create)
            {
                TargetType = nameof(AuditCheckpoint),
                TargetId = checkpoint.Id.ToString(),
                Details = new Dictionary<string, object?> { ["sequence"] = checkpoint.Sequence, ["reason"] = reason.ToString() },
            },
            ct);
        return checkpoint;
    }
}
