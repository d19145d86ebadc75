using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// Makes the daily scheduled preview (once per Dutch calendar day, from <see cref="RetentionOptions.ScheduledPreviewHour"/>),
/// acting as the system. Several instances may run this: the lease lets one preview at a time, and a preview of
/// today that already exists is not made again.
/// </summary>
public sealed class RetentionDailyPreviewService(
    IServiceScopeFactory scopes, RetentionOptions options, TimeProvider clock, ILogger<RetentionDailyPreviewService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ScheduleInterval, clock);
        do
        {
            try
            {
                await MakePreviewIfDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The scheduled retention preview failed; it is tried again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<bool> MakePreviewIfDueAsync(CancellationToken ct)
    {
        var now = DutchTime.ToDutch(clock.GetUtcNow().UtcDateTime);
        if (now.Hour < options.ScheduledPreviewHour)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser("Systeem (dagelijks voorbeeld bewaartermijnen)");
        var today = DateOnly.FromDateTime(now);
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct))
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
    IServiceScopeFactory scopes, RetentionOptions options, TimeProvider clock, ILogger<RetentionRunWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.WorkerInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunNextAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "A retention batch failed; the run resumes from its last checkpoint");
            }
        }
    }

    public async Task<RetentionExecutionOutcome?> RunNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser("Systeem (uitvoering bewaartermijnen)");
        Guid? next;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct))
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
