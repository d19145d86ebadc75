using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Common;

/// <summary>
/// Scheduled work that runs every <c>interval</c> as the system: each tick calls <see cref="RunOnceAsync"/>; a failing
/// tick is logged with <c>failureMessage</c> (what failed, and what happens next) and the next tick tries again. With
/// <c>runAtStart</c> the first tick is at start-up, otherwise after one interval. The work opens its own scope through
/// <see cref="SystemScope"/>, so the access log names the job.
/// </summary>
public abstract class ScheduledSystemJob(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger logger, TimeSpan interval, bool runAtStart, string failureMessage)
    : BackgroundService
{
    /// <summary>For work done once a day from a given hour: today's Dutch date once that hour has come, else null.</summary>
    protected DateOnly? DutchDayFrom(int hour)
    {
        var now = DutchTime.ToDutch(clock.GetUtcNow().UtcDateTime);
        return now.Hour < hour ? null : DateOnly.FromDateTime(now);
    }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        if (runAtStart)
        {
            await TickAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TickAsync(stoppingToken);
        }
    }

    /// <summary>A fresh scope that acts as a <see cref="SystemUser"/> named <paramref name="actorName"/> in the access log.</summary>
    protected AsyncServiceScope SystemScope(string actorName)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser(actorName);
        return scope;
    }

    protected static Task<PortalDbContext> OpenDbAsync(AsyncServiceScope scope, CancellationToken ct) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct);

    private async Task TickAsync(CancellationToken ct)
    {
        // One trace per tick: the job's log lines and the audit events it writes carry the same trace id.
        using var activity = new Activity(GetType().Name).Start();
        try
        {
            await RunOnceAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Failure}", failureMessage);
        }
    }
}
