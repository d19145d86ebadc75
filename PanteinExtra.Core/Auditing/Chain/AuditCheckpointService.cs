using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>
/// Writes the chain head to the checkpoint folder and records that it did (a row and an audit event). Called hourly
/// by <see cref="AuditCheckpointBackgroundService"/>, on demand by the FG, and by pruning (at the last event removed).
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

            checkpoint = await AddAsync(db, tip.Sequence, tip.Hash, reason, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        await RecordAsync(checkpoint, ct);
        return checkpoint;
    }

    /// <summary>
    /// Writes the file for a checkpoint at <paramref name="sequence"/> and adds its row to <paramref name="db"/>, in the
    /// caller's transaction; after it commits the caller calls <see cref="RecordAsync"/>.
    /// </summary>
    public async Task<AuditCheckpoint> AddAsync(PortalDbContext db, long sequence, string hash, AuditCheckpointReason reason, CancellationToken ct)
    {
        var keyedFrom = await db.AuditEvents.AsNoTracking()
            .Where(e => e.HashVersion == AuditChain.KeyedHashVersion)
            .MinAsync(e => (long?)e.Sequence, ct) ?? sequence + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var name = files.Write(sequence, hash, now, keyedFrom);
        var checkpoint = new AuditCheckpoint { Sequence = sequence, Hash = hash, CreatedAtUtc = now, Reason = reason, FileName = name };
        db.AuditCheckpoints.Add(checkpoint);
        return checkpoint;
    }

    public Task RecordAsync(AuditCheckpoint checkpoint, CancellationToken ct) =>
        audit.RecordAsync(
            new AuditRecord(AuditEventTypes.AuditLogCheckpoint, AuditAction.Create)
            {
                TargetType = nameof(AuditCheckpoint),
                TargetId = checkpoint.Id.ToString(),
                Details = new Dictionary<string, object?> { ["sequence"] = checkpoint.Sequence, ["reason"] = checkpoint.Reason.ToString() },
            },
            ct);
}
