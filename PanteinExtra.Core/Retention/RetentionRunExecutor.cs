using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>How a call to execute a run ended (for the worker, its log and the tests).</summary>
public enum RetentionExecutionOutcome
{
    [Display(Name = "afgerond")] Completed,
    [Display(Name = "gestopt")] Stopped,

    /// <summary>Interrupted (shutdown); the run stays Running and resumes from its last checkpoint.</summary>
    [Display(Name = "onderbroken")] Interrupted,

    /// <summary>Other retention work holds the lease.</summary>
    [Display(Name = "bezet door ander opschoonwerk")] Busy,

    /// <summary>The FG has not approved the run (or it is finished or superseded).</summary>
    [Display(Name = "niet goedgekeurd")] NotApproved,

    /// <summary>A policy changed after the preview; the run is superseded and needs a new preview.</summary>
    [Display(Name = "bewaarbeleid gewijzigd na het voorbeeld")] PolicyChanged,
}

/// <summary>Told about every batch: inside its transaction just before the commit, and after the commit.</summary>
public interface IRetentionBatchListener
{
    Task BatchApplyingAsync(Guid runId, int batchNumber, int items, CancellationToken ct) => Task.CompletedTask;

    Task BatchCommittedAsync(Guid runId, int batchNumber, int items, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Writes batch progress to the application log.</summary>
public sealed class RetentionProgressLogger(ILogger<RetentionProgressLogger> logger) : IRetentionBatchListener
{
    public Task BatchCommittedAsync(Guid runId, int batchNumber, int items, CancellationToken ct)
    {
        logger.LogInformation("Retention run {RunId}: batch {Batch} committed, {Items} records settled", runId, batchNumber, items);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Executes an approved run in batches of whole households. Each batch is one transaction: the records are
/// deleted or anonymised through the audited SaveChanges, the items marked done, tombstones written and the
/// run's checkpoint advanced, all committed together, so a crash leaves either the whole batch or nothing.
/// Work holds the database lease, renewed every batch; a stop request is honoured between batches.
/// </summary>
public sealed class RetentionRunExecutor(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IRetentionRecordKind> kinds,
    RetentionHolds holds,
    JobLeaseStore lease,
    RetentionOptions options,
    IEnumerable<IRetentionBatchListener> listeners,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    IErasedDataPurge purge,
    TimeProvider clock)
{
    private readonly Dictionary<string, IRetentionRecordKind> _kinds = kinds.ToDictionary(k => k.Key);

    public async Task<RetentionExecutionOutcome> ExecuteAsync(Guid runId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunExecute, AuditAction.Delete, RetentionRoles.FgOrScheduler, ct);
        var holder = $"run:{runId}:{Guid.NewGuid()}";
        if (!await lease.TryClaimAsync(JobLease.RetentionWork, holder, options.LeaseDuration, runId, ct))
        {
            return RetentionExecutionOutcome.Busy;
        }

        var touched = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            return await ExecuteUnderLeaseAsync(runId, holder, touched, ct);
        }
        finally
        {
            try
            {
                await lease.ReleaseAsync(JobLease.RetentionWork, holder);
            }
            finally
            {
                // The committed batches' erased values go from the database's files too (ADR 074), after the last write of
                // the run; on shutdown the next run or erasure does it.
                if (touched.Count > 0 && !ct.IsCancellationRequested)
                {
                    await purge.PurgeAsync(touched, ct);
                }
            }
        }
    }

    private async Task<RetentionExecutionOutcome> ExecuteUnderLeaseAsync(Guid runId, string holder, HashSet<string> touched, CancellationToken ct)
    {
        using var purpose = auditContext.BeginPurpose($"bewaartermijnen: run {runId}");
        var today = DutchTime.Today(clock);
        Dictionary<Guid, RetentionPolicy> policies;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var run = await db.RetentionRuns.Include(r => r.Policies).SingleOrDefaultAsync(r => r.Id == runId, ct)
                ?? throw new NotFoundException("Run", runId);
            if (!run.IsActive || run.ApprovedAtUtc is null)
            {
                return RetentionExecutionOutcome.NotApproved;
            }

            policies = await db.RetentionPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
            if (run.Policies.Any(s => !policies.TryGetValue(s.PolicyId, out var p) || p.Version != s.PolicyVersion))
            {
                run.Supersede();
                await db.SaveChangesAsync(ct);
                await RecordAsync(runId, "policyChanged", run, ct);
                return RetentionExecutionOutcome.PolicyChanged;
            }

            if (run.Status == RetentionRunStatus.Approved)
            {
                run.Start(clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
                await RecordAsync(runId, "started", run, ct);
            }
        }

        while (true)
        {
            if (ct.IsCancellationRequested)
            {
                return RetentionExecutionOutcome.Interrupted;
            }

            if (!await lease.TryClaimAsync(JobLease.RetentionWork, holder, options.LeaseDuration, runId, ct))
            {
                return RetentionExecutionOutcome.Busy;
            }

            // A batch that has started finishes its transaction, also when the host shuts down (it waits for this
            // up to Host:ShutdownTimeout); the stop is honoured before the next batch.
            var outcome = await RunBatchAsync(runId, policies, today, touched, CancellationToken.None);
            if (outcome is not null)
            {
                return outcome.Value;
            }
        }
    }

    /// <summary>One batch; null when there is more to do. The tables it erased in are added to <paramref name="touched"/> once committed.</summary>
    private async Task<RetentionExecutionOutcome?> RunBatchAsync(
        Guid runId, IReadOnlyDictionary<Guid, RetentionPolicy> policies, DateOnly today, HashSet<string> touched, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var run = await db.RetentionRuns.Include(r => r.Policies).SingleAsync(r => r.Id == runId, ct);
        if (run.StopRequested)
        {
            run.Stop();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await RecordAsync(runId, "stopped", run, ct);
            return RetentionExecutionOutcome.Stopped;
        }

        var households = await db.RetentionRunItems.AsNoTracking()
            .Where(i => i.RunId == runId && i.State == RetentionItemState.Pending)
            .Select(i => i.HouseholdId).Distinct().OrderBy(h => h)
            .Take(options.BatchHouseholds)
            .ToListAsync(ct);
        if (households.Count == 0)
        {
            run.Complete(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await RecordAsync(runId, "completed", run, ct);
            return RetentionExecutionOutcome.Completed;
        }

        // Items are read untracked and settled with one UPDATE per outcome: bookkeeping, not audited data.
        var items = await db.RetentionRunItems.AsNoTracking()
            .Where(i => i.RunId == runId && i.State == RetentionItemState.Pending && households.Contains(i.HouseholdId))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var heldNow = await holds.FindAsync(db, households, ct);
        var recordIds = items.Select(i => i.RecordId).ToList();
        var alreadyDone = (await db.RetentionTombstones.AsNoTracking()
            .Where(t => recordIds.Contains(t.RecordId))
            .Select(t => new { t.RecordKind, t.RecordId })
            .ToListAsync(ct)).Select(t => (t.RecordKind, t.RecordId)).ToHashSet();

        foreach (var item in items.Where(i => heldNow.ContainsKey(i.HouseholdId)))
        {
            item.Hold(heldNow[item.HouseholdId]);
        }

        foreach (var group in items.Where(i => i.State == RetentionItemState.Pending)
            .GroupBy(i => i.PolicyId)
            .OrderBy(g => _kinds[g.First().RecordKind].ExecutionOrder))
        {
            var policy = policies[group.Key];
            var todo = group.Where(i => !alreadyDone.Contains((i.RecordKind, i.RecordId))).ToList();
            var applied = todo.Count == 0
                ? new HashSet<Guid>()
                : await _kinds[policy.RecordKind].ApplyAsync(new RetentionApplyContext(db, policy, today), todo.Select(i => i.RecordId).ToList(), ct);
            foreach (var item in group)
            {
                item.Settle(applied.Contains(item.RecordId));
                if (item.State == RetentionItemState.Done)
                {
                    db.Add(new RetentionTombstone
                    {
                        RecordKind = item.RecordKind,
                        RecordId = item.RecordId,
                        HouseholdId = item.HouseholdId,
                        RunId = runId,
                        Action = policy.Action,
                        AppliedAtUtc = now,
                    });
                }
            }
        }

        var batchNumber = run.RecordBatch(items, now);
        var erasedIn = ErasedTables.Of(db);
        await db.SaveChangesAsync(ct);
        await SettleItemsAsync(db, items, batchNumber, now, ct);
        foreach (var listener in listeners)
        {
            await listener.BatchApplyingAsync(runId, batchNumber, items.Count, ct);
        }

        await tx.CommitAsync(ct);
        touched.UnionWith(erasedIn);
        foreach (var listener in listeners)
        {
            await listener.BatchCommittedAsync(runId, batchNumber, items.Count, ct);
        }

        return null;
    }

    private static async Task SettleItemsAsync(PortalDbContext db, List<RetentionRunItem> items, int batchNumber, DateTime now, CancellationToken ct)
    {
        foreach (var group in items.GroupBy(i => (i.State, i.HoldReason)))
        {
            var ids = group.Select(i => i.Id).ToList();
            var (state, holdReason) = group.Key;
            await db.RetentionRunItems.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.State, state).SetProperty(i => i.HoldReason, holdReason)
                    .SetProperty(i => i.BatchNumber, batchNumber).SetProperty(i => i.ProcessedAtUtc, now),
                ct);
        }
    }

    private Task RecordAsync(Guid runId, string step, RetentionRun run, CancellationToken ct) =>
        audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.RunExecute, AuditAction.Delete)
            {
                TargetType = nameof(RetentionRun),
                TargetId = runId.ToString(),
                Details = new Dictionary<string, object?>
                {
                    ["step"] = step,
                    ["processed"] = run.ProcessedItems,
                    ["held"] = run.HeldItems,
                    ["skipped"] = run.SkippedItems,
                    ["batches"] = run.LastBatchNumber,
                },
            },
            ct);
}
