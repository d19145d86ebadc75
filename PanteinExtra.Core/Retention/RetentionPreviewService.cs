using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// Makes a preview: asks every record kind for its expired records under its policy, marks those of held
/// households as held (with the reason), and stores them as the items of a new run awaiting the FG's approval.
/// Older previews and stopped runs are superseded: only the newest list can be approved.
/// </summary>
public sealed class RetentionPreviewService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IRetentionRecordKind> kinds,
    RetentionHolds holds,
    JobLeaseStore lease,
    RetentionOptions options,
    AccessGuard guard,
    IAuditLog audit,
    ICurrentUser user,
    TimeProvider clock)
{
    private const int InsertChunk = 5_000;
    private readonly Dictionary<string, IRetentionRecordKind> _kinds = kinds.ToDictionary(k => k.Key);

    public const string BusyMessage =
        "Er wordt op dit moment al opgeschoond of een voorbeeld gemaakt. Probeer het over een paar minuten opnieuw.";

    /// <summary>
    /// A new preview: the id of its run, or refused while other retention work holds the lease (a run is executing,
    /// or another instance is previewing).
    /// </summary>
    public async Task<Result<Guid>> CreateAsync(RetentionRunOrigin origin, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunPreview, AuditAction.Create, RetentionRoles.FgOrScheduler, ct);
        var holder = $"preview:{Guid.NewGuid()}";
        if (!await lease.TryClaimAsync(JobLease.RetentionWork, holder, options.LeaseDuration, null, ct))
        {
            return Result.Refused(BusyMessage);
        }

        try
        {
            // Asked again under the lease: two instances may both have seen no preview of today before one of them made it.
            if (origin == RetentionRunOrigin.Scheduled && await ScheduledPreviewOfTodayExistsAsync(ct))
            {
                return Result.Refused("Het dagelijkse voorbeeld van vandaag is al gemaakt.");
            }

            return Result.Ok(await CreateUnderLeaseAsync(origin, ct), "Het voorbeeld is gemaakt.");
        }
        finally
        {
            await lease.ReleaseAsync(JobLease.RetentionWork, holder);
        }
    }

    private async Task<bool> ScheduledPreviewOfTodayExistsAsync(CancellationToken ct)
    {
        var today = DutchTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RetentionRuns.AnyAsync(r => r.Origin == RetentionRunOrigin.Scheduled && r.AsOfDate == today, ct);
    }

    private async Task<Guid> CreateUnderLeaseAsync(RetentionRunOrigin origin, CancellationToken ct)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var today = DutchTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var policies = await db.RetentionPolicies.AsNoTracking().ToListAsync(ct);
        var held = await holds.FindAsync(db, null, ct);

        // One transaction: a preview is listed whole or not at all (never a half list that could be approved).
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        foreach (var stale in await db.RetentionRuns
            .Where(r => r.Status == RetentionRunStatus.Previewed || r.Status == RetentionRunStatus.Stopped).ToListAsync(ct))
        {
            stale.Supersede();
        }

        var run = new RetentionRun
        {
            Number = (await db.RetentionRuns.MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1,
            Origin = origin,
            AsOfDate = today,
            CreatedAtUtc = started,
            CreatedByName = user.DisplayName,
        };
        db.Add(run);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);

        var pending = new List<RetentionRunItem>(InsertChunk);
        foreach (var policy in policies.Where(p => _kinds.ContainsKey(p.RecordKind)).OrderBy(p => _kinds[p.RecordKind].ExecutionOrder))
        {
            var summary = new RetentionRunPolicySummary
            {
                RunId = run.Id,
                PolicyId = policy.Id,
                PolicyVersion = policy.Version,
                RecordKind = policy.RecordKind,
                PolicyName = policy.Name,
                Action = policy.Action,
                PeriodMonths = policy.PeriodMonths,
            };
            foreach (var c in await _kinds[policy.RecordKind].FindExpiredAsync(db, policy, today, ct))
            {
                var holdReason = held.GetValueOrDefault(c.HouseholdId);
                var item = new RetentionRunItem
                {
                    RunId = run.Id,
                    PolicyId = policy.Id,
                    RecordKind = policy.RecordKind,
                    RecordId = c.RecordId,
                    HouseholdId = c.HouseholdId,
                    ExpiredOn = c.ExpiredOn,
                    Reason = c.Reason,
                    State = holdReason is null ? RetentionItemState.Pending : RetentionItemState.Held,
                    HoldReason = holdReason,
                };
                pending.Add(item);
                summary.Listed(item.State);

                if (pending.Count == InsertChunk)
                {
                    await FlushAsync(db, pending, ct);
                }
            }

            run.AddPreviewedPolicy(summary);
            db.Add(summary);
        }

        await FlushAsync(db, pending, ct);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.RunPreview, AuditAction.Create)
            {
                StartedAtUtc = started,
                TargetType = nameof(RetentionRun),
                TargetId = run.Id.ToString(),
                Details = new Dictionary<string, object?>
                {
                    ["origin"] = origin.ToString(),
                    ["asOf"] = today.ToString("yyyy-MM-dd"),
                    ["expired"] = run.TotalItems,
                    ["held"] = run.HeldItems,
                },
            },
            ct);
        return run.Id;
    }

    private static async Task FlushAsync(PortalDbContext db, List<RetentionRunItem> items, CancellationToken ct)
    {
        await RetentionItemWriter.InsertAsync(db, items, ct);
        items.Clear();
    }
}
