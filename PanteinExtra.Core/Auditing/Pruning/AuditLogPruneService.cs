using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Auditing.Pruning;

/// <summary>
/// Carries out the access log's retention policy, for the FG: shows what would go, and removes it. One transaction
/// writes a checkpoint at the last event to go (outside the database, so what remains stays verifiable from it) and
/// records the prune; then the events go in batches. The database's append-only trigger lets go only events a prune
/// covers; an interrupted prune is finished by the next one.
/// </summary>
public sealed class AuditLogPruneService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AuditLogPrunePlanner planner,
    AuditCheckpointService checkpoints,
    IErasedDataPurge purge,
    AuditLogPruneOptions options,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    private static readonly string[] Fg = [Roles.PrivacyOfficer];

    public async Task<AuditLogPrunePlan?> PlanAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogPrune, AuditAction.View, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await PolicyAsync(db, ct) is not { } policy)
        {
            return null;
        }

        var plan = await planner.PlanAsync(db, policy, DutchTime.Today(clock), ct);
        return await UnfinishedAsync(db, ct) is { } unfinished
            ? plan with
            {
                UnfinishedUpTo = unfinished.UpToSequence,
                Limits = [$"Het inkorten van {Dutch.Moment(unfinished.PrunedAtUtc)} tot gebeurtenis {Dutch.Number(unfinished.UpToSequence)} is onderbroken; \"Log inkorten\" maakt het eerst af.", .. plan.Limits],
            }
            : plan;
    }

    public async Task<IReadOnlyList<AuditLogPrune>> HistoryAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogPrune, AuditAction.View, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditLogPrunes.AsNoTracking().OrderByDescending(p => p.UpToSequence).ToListAsync(ct);
    }

    /// <summary>
    /// Prunes what the plan allows, or first finishes a prune that was interrupted. The prune is recorded (with its
    /// checkpoint) in one transaction; the events then go oldest first in batches of their own transactions, so the
    /// portal's other writes are not held up; <paramref name="progress"/> hears how many are gone.
    /// </summary>
    public async Task<Result<AuditLogPrune>> PruneAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogPrune, AuditAction.Delete, Fg, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        AuditLogPrune? unfinished;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            unfinished = await UnfinishedAsync(db, ct);
        }

        var prune = unfinished;
        if (prune is null)
        {
            var recorded = await RecordAsync(ct);
            if (!recorded.Succeeded)
            {
                return recorded;
            }

            prune = recorded.Value!;
        }

        await DeleteCoveredAsync(prune, progress, ct);
        await audit.RecordAsync(
            new AuditRecord(AuditEventTypes.AuditLogPrune, AuditAction.Delete)
            {
                StartedAtUtc = started,
                TargetType = nameof(AuditLogPrune),
                TargetId = prune.Id.ToString(),
                Details = new Dictionary<string, object?>
                {
                    ["from"] = prune.FromSequence,
                    ["upTo"] = prune.UpToSequence,
                    ["events"] = prune.EventCount,
                    ["expiredBefore"] = prune.ExpiredBefore.ToString("yyyy-MM-dd"),
                    ["version"] = prune.PolicyVersion,
                    ["resumed"] = unfinished is not null,
                },
            },
            ct);
        return Result.Ok(prune, unfinished is null
            ? $"Het toegangslog is ingekort: {Dutch.Count(prune.EventCount, "gebeurtenis", "gebeurtenissen")} verwijderd."
            : $"Het onderbroken inkorten van {Dutch.Moment(prune.PrunedAtUtc)} is afgemaakt: {Dutch.Count(prune.EventCount, "gebeurtenis", "gebeurtenissen")} verwijderd.");
    }

    /// <summary>The latest prune, when some of the events it covers are still there (it was interrupted).</summary>
    private static async Task<AuditLogPrune?> UnfinishedAsync(PortalDbContext db, CancellationToken ct)
    {
        var latest = await db.AuditLogPrunes.AsNoTracking().OrderByDescending(p => p.UpToSequence).FirstOrDefaultAsync(ct);
        return latest is not null && await db.AuditEvents.AnyAsync(e => e.Sequence <= latest.UpToSequence, ct) ? latest : null;
    }

    /// <summary>Plans, writes the checkpoint at the last event to go and records the prune, in one transaction.</summary>
    private async Task<Result<AuditLogPrune>> RecordAsync(CancellationToken ct)
    {
        AuditLogPrune prune;
        AuditCheckpoint checkpoint;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (await PolicyAsync(db, ct) is not { } policy)
            {
                return Result.NotFound("Er is geen bewaarbeleid voor het toegangslog.");
            }

            var plan = await planner.PlanAsync(db, policy, DutchTime.Today(clock), ct);
            if (!plan.CanPrune)
            {
                return Result.Refused(string.Join(" ", [plan.Summary, .. plan.Limits]));
            }

            var upTo = plan.UpToSequence!.Value;
            var stopped = string.Join(" ", plan.Limits);
            var anchorHash = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence == upTo).Select(e => e.Hash).SingleAsync(ct);
            checkpoint = await checkpoints.AddAsync(db, upTo, anchorHash, AuditCheckpointReason.Pruning, ct);
            prune = new AuditLogPrune
            {
                FromSequence = plan.FirstSequence!.Value,
                UpToSequence = upTo,
                EventCount = plan.EventCount,
                AnchorHash = anchorHash,
                CheckpointFileName = checkpoint.FileName,
                ExpiredBefore = plan.ExpiredBefore,
                PolicyId = policy.Id,
                PolicyVersion = policy.Version,
                PeriodMonths = policy.PeriodMonths,
                StoppedBecause = plan.Limits.Count == 0 ? null : stopped[..Math.Min(stopped.Length, AuditLogPruneLimits.StoppedBecause)],
                PrunedAtUtc = clock.GetUtcNow().UtcDateTime,
                PrunedByUserId = user.UserId,
                PrunedByName = user.DisplayName,
            };
            db.AuditLogPrunes.Add(prune);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Result.Conflict("Een collega heeft het toegangslog zojuist ingekort. Bekijk de nieuwe stand.");
            }

            await tx.CommitAsync(ct);
        }

        await checkpoints.RecordAsync(checkpoint, ct);
        return Result.Ok(prune);
    }

    /// <summary>Deletes the events the prune covers, oldest first, a batch per transaction; then purges the files.</summary>
    private async Task DeleteCoveredAsync(AuditLogPrune prune, IProgress<long>? progress, CancellationToken ct)
    {
        string table;
        var deleted = 0L;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            table = db.Model.FindEntityType(typeof(AuditEvent))!.GetTableName()!;
            var from = await db.AuditEvents.MinAsync(e => (long?)e.Sequence, ct) ?? prune.UpToSequence + 1;
            while (from <= prune.UpToSequence)
            {
                ct.ThrowIfCancellationRequested();
                var to = Math.Min(from + options.BatchSize - 1, prune.UpToSequence);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                deleted += await db.AuditEvents.Where(e => e.Sequence >= from && e.Sequence <= to).ExecuteDeleteAsync(ct);
                await tx.CommitAsync(ct);
                progress?.Report(deleted);
                from = to + 1;
            }
        }

        await purge.PurgeAsync([table], ct);
    }

    private static Task<RetentionPolicy?> PolicyAsync(PortalDbContext db, CancellationToken ct) =>
        db.RetentionPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.RecordKind == AccessLogRetention.SubjectKey, ct);
}
