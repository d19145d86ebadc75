using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// Audits every write in the same transaction as the write, the way Audit.NET's interceptor does: begins on
/// saving (opening a transaction if the caller has none, taking the chain lock, adding one event per changed
/// entity with the changed field names but no values), completes on saved (commit) or failed (roll back, then
/// record the failed attempt on its own).
/// </summary>
public sealed class AuditSaveChangesInterceptor(
    AuditEventFactory events,
    IServiceProvider services,
    ILogger<AuditSaveChangesInterceptor> logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingWrite> _pending = new();

    /// <summary>Only infrastructure (data-protection keys) saves synchronously; an audited write must be async.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db && DescribeChanges(db).Count > 0)
        {
            throw new InvalidOperationException("Audited writes use SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db)
        {
            await BeginAsync(db, cancellationToken);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _pending.TryGetValue(db, out var pending))
        {
            _pending.Remove(db);
            if (pending.OwnedTransaction is { } tx)
            {
                await tx.CommitAsync(cancellationToken);
                await tx.DisposeAsync();
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && await AbandonAsync(db) is { } pending)
        {
            await RecordFailureAsync(pending, eventData.Exception);
        }
    }

    /// <summary>
    /// A concurrency conflict, which EF does not report through SaveChangesFailed. <see cref="PortalDbContext"/> calls
    /// this once SaveChanges has thrown: EF's own conflict hook runs while the batch's reader is still open, when
    /// PostgreSQL cannot yet roll back on that connection.
    /// </summary>
    public async Task ConcurrencyConflictAsync(DbContext db, DbUpdateConcurrencyException conflict)
    {
        if (await AbandonAsync(db) is { } pending)
        {
            await RecordFailureAsync(pending, conflict);
        }
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await AbandonAsync(db);
        }
    }

    private async Task BeginAsync(PortalDbContext db, CancellationToken ct)
    {
        var records = DescribeChanges(db);
        if (records.Count == 0)
        {
            return;
        }

        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var pending = new PendingWrite(owned, records);
        _pending.AddOrUpdate(db, pending);

        var tip = await AuditChain.LockAndReadTipAsync(db, ct);
        var activities = await Register.AuditAreaLink.CurrentAsync(db, ct);
        foreach (var record in records)
        {
            var evt = events.Create(record, tip, activities);
            tip = new AuditChainTip(evt.Sequence, evt.Hash);
            db.AuditEvents.Add(evt);
            pending.Events.Add(evt);
        }
    }

    /// <summary>Rolls back our transaction and forgets our events, so a retried save chains afresh.</summary>
    private async Task<PendingWrite?> AbandonAsync(DbContext db)
    {
        if (!_pending.TryGetValue(db, out var pending))
        {
            return null;
        }

        _pending.Remove(db);
        foreach (var evt in pending.Events)
        {
            db.Entry(evt).State = EntityState.Detached;
        }

        if (pending.OwnedTransaction is { } tx)
        {
            await tx.RollbackAsync();
            await tx.DisposeAsync();
        }

        return pending;
    }

    private async Task RecordFailureAsync(PendingWrite pending, Exception error)
    {
        try
        {
            var log = services.GetRequiredService<IAuditLog>();
            foreach (var record in pending.Records)
            {
                var details = new Dictionary<string, object?>(record.Details ?? new Dictionary<string, object?>())
                {
                    ["error"] = error.GetType().Name,
                };
                await log.RecordAsync(record with { Outcome = AuditOutcome.Failed, Details = details });
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record a failed write in the audit log");
        }
    }

    private static List<AuditRecord> DescribeChanges(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => IsAudited(e.Metadata.ClrType))
            .Select(Describe)
            .OfType<AuditRecord>()
            .ToList();
    }

    private static AuditRecord? Describe(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Deleted => AuditAction.Delete,
            _ => AuditAction.Update,
        };
        var fields = entry.State switch
        {
            EntityState.Added => entry.Properties.Where(p => !p.Metadata.IsPrimaryKey() && p.CurrentValue is not null),
            EntityState.Modified => entry.Properties.Where(p => p.IsModified && !p.Metadata.IsConcurrencyToken),
            _ => [],
        };
        var fieldNames = fields.Select(p => p.Metadata.Name).ToArray();
        if (action == AuditAction.Update && fieldNames.Length == 0)
        {
            return null;
        }

        var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
        var subject = entry.Entity as IAuditedEntity;
        return new AuditRecord(AuditEventTypes.ForWrite(entry.Metadata.ClrType.Name, action), action)
        {
            TargetType = entry.Metadata.ClrType.Name,
            TargetId = key is null ? null : string.Join(",", key),
            SubjectHouseholdId = subject?.AuditHouseholdId,
            SubjectPersonId = subject?.AuditPersonId,
            Details = fieldNames.Length == 0 ? null : new Dictionary<string, object?> { ["fields"] = fieldNames },
        };
    }

    private static bool IsAudited(Type type) =>
        type != typeof(AuditEvent)
        && type != typeof(DataProtectionKey)
        && type.GetCustomAttribute<NotAuditedAttribute>() is null;

    private sealed class PendingWrite(IDbContextTransaction? ownedTransaction, List<AuditRecord> records)
    {
        public IDbContextTransaction? OwnedTransaction { get; } = ownedTransaction;

        public List<AuditRecord> Records { get; } = records;

        public List<AuditEvent> Events { get; } = [];
    }
}
