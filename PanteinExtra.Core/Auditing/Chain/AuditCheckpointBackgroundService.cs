using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>Checkpoints the chain head every <see cref="AuditChainOptions.CheckpointInterval"/>, acting as the system.</summary>
public sealed class AuditCheckpointBackgroundService(
    IServiceScopeFactory scopes, AuditChainOptions options, TimeProvider clock, ILogger<AuditCheckpointBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CheckpointInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser("Systeem (controlepunt toegangslog)");
                await scope.ServiceProvider.GetRequiredService<AuditCheckpointService>().WriteAsync(AuditCheckpointReason.Scheduled, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Writing the audit chain checkpoint failed; it is tried again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
