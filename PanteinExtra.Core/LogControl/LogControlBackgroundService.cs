using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.LogControl;

/// <summary>Runs the control rules over yesterday once a night (from <see cref="LogControlOptions.NightlyHour"/>), as the system.</summary>
public sealed class LogControlNightlyService(
    IServiceScopeFactory scopes, LogControlOptions options, TimeProvider clock, ILogger<LogControlNightlyService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ScheduleInterval, clock);
        do
        {
            try
            {
                await RunIfDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The nightly log control failed; it is tried again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<bool> RunIfDueAsync(CancellationToken ct)
    {
        var now = DutchTime.ToDutch(clock.GetUtcNow().UtcDateTime);
        if (now.Hour < options.NightlyHour)
        {
            return false;
        }

        var yesterday = DateOnly.FromDateTime(now).AddDays(-1);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser("Systeem (nachtelijke logcontrole)");
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct))
        {
            if (await db.ControlRuns.AnyAsync(r => r.Day == yesterday, ct))
            {
                return false;
            }
        }

        await scope.ServiceProvider.GetRequiredService<LogControlService>().RunAsync(yesterday, ct);
        return true;
    }
}
