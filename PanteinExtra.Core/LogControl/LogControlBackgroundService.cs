using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// Runs the control rules over yesterday once a night (from <see cref="LogControlOptions.NightlyHour"/>), as the system.
/// Several instances may run this: the lease lets one run at a time, and yesterday is asked again under it.
/// </summary>
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
        if (await RunOfDayExistsAsync(scope, yesterday, ct))
        {
            return false;
        }

        var lease = scope.ServiceProvider.GetRequiredService<JobLeaseStore>();
        var holder = $"nightly:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid()}";
        if (!await lease.TryClaimAsync(JobLease.NightlyLogControl, holder, options.LeaseDuration, null, ct))
        {
            return false;
        }

        try
        {
            if (await RunOfDayExistsAsync(scope, yesterday, ct))
            {
                return false;
            }

            await scope.ServiceProvider.GetRequiredService<LogControlService>().RunAsync(yesterday, ct);
            return true;
        }
        finally
        {
            await lease.ReleaseAsync(JobLease.NightlyLogControl, holder);
        }
    }

    private static async Task<bool> RunOfDayExistsAsync(AsyncServiceScope scope, DateOnly day, CancellationToken ct)
    {
        await using var db = await OpenDbAsync(scope, ct);
        return await db.ControlRuns.AnyAsync(r => r.Day == day, ct);
    }
}
