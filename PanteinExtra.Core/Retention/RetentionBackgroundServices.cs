using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// Makes the daily scheduled preview (once per Dutch calendar day, from <see cref="RetentionOptions.ScheduledPreviewHour"/>),
/// acting as the system. Several instances may run this: the lease lets one preview at a time, and a preview of
/// today that already exists is not made again.
/// </summary>
public sealed class RetentionDailyPreviewService(
    IServiceScopeFactory scopes, RetentionOptions options, TimeProvider clock, ILogger<RetentionDailyPreviewService> logger)
    : ScheduledSystemJob(scopes, clock, logger, options.ScheduleInterval, runAtStart: true,
        "The scheduled retention preview failed; it is tried again at the next tick")
{
    protected override Task RunOnceAsync(CancellationToken ct) => MakePreviewIfDueAsync(ct);

    public async Task<bool> MakePreviewIfDueAsync(CancellationToken ct)
    {
        if (DutchDayFrom(options.ScheduledPreviewHour) is not { } today)
        {
            return false;
        }

        await using var scope = SystemScope("Systeem (dagelijks voorbeeld bewaartermijnen)");
        await using (var db = await OpenDbAsync(scope, ct))
        {
            if (await db.RetentionRuns.AnyAsync(r => r.Origin == RetentionRunOrigin.Scheduled && r.AsOfDate == today, ct)
                || await db.RetentionRuns.AnyAsync(r => r.Status == RetentionRunStatus.Approved || r.Status == RetentionRunStatus.Running, ct))
            {
                return false;
            }
        }

        var result = await scope.ServiceProvider.GetRequiredService<RetentionPreviewService>().CreateAsync(RetentionRunOrigin.Scheduled, ct);
        return result.Succeeded;
    }
}

/// <summary>
/// Executes approved runs, and resumes runs that an instance left Running (a crash or restart) once its lease has
/// expired. Acts as the system; the FG's approval is on the run.
/// </summary>
public sealed class RetentionRunWorker(
    IServiceScopeFactory scopes, RetentionOptions options, TimeProvider clock, ILogger<RetentionRunWorker> logger)
    : ScheduledSystemJob(scopes, clock, logger, options.WorkerInterval, runAtStart: false,
        "A retention batch failed; the run resumes from its last checkpoint")
{
    protected override Task RunOnceAsync(CancellationToken ct) => RunNextAsync(ct);

    public async Task<RetentionExecutionOutcome?> RunNextAsync(CancellationToken ct)
    {
        await using var scope = SystemScope("Systeem (uitvoering bewaartermijnen)");
        Guid? next;
        await using (var db = await OpenDbAsync(scope, ct))
        {
            next = await db.RetentionRuns.AsNoTracking()
                .Where(r => r.Status == RetentionRunStatus.Approved || r.Status == RetentionRunStatus.Running)
                .OrderBy(r => r.Number)
                .Select(r => (Guid?)r.Id)
                .FirstOrDefaultAsync(ct);
        }

        return next is { } runId ? await scope.ServiceProvider.GetRequiredService<RetentionRunExecutor>().ExecuteAsync(runId, ct) : null;
    }
}
