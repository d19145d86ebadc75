using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.LogControl;

/// <summary>Runs the control rules over yesterday once a night (from <see cref="LogControlOptions.NightlyHour"/>), as the system.</summary>
public sealed class LogControlNightlyService(
    IServiceScopeFactory scopes, LogControlOptions options, TimeProvider clock, ILogger<LogControlNightlyService> logger)
    : ScheduledSystemJob(scopes, clock, logger, options.ScheduleInterval, runAtStart: true,
        "The nightly log control failed; it is tried again at the next tick")
{
    protected override Task RunOnceAsync(CancellationToken ct) => RunIfDueAsync(ct);

    public async Task<bool> RunIfDueAsync(CancellationToken ct)
    {
        if (DutchDayFrom(options.NightlyHour) is not { } today)
        {
            return false;
        }

        var yesterday = today.AddDays(-1);
        await using var scope = SystemScope("Systeem (nachtelijke logcontrole)");
        await using (var db = await OpenDbAsync(scope, ct))
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
