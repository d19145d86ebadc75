using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

public static class AuditingServiceCollectionExtensions
{
    public static IServiceCollection AddAuditing(this IServiceCollection services, DatabaseOptions database)
    {
        services.TryAddSingleton(AuditChainOptions.For(database));
        services.AddSingleton(sp => new AuditChainKey(sp.GetRequiredService<AuditChainOptions>()));
        services.AddSingleton<CheckpointFiles>();
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditEventFactory>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditSaveChangesInterceptor>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<AuditCheckpointService>();
        services.AddScoped<AuditLogService>();
        services.AddScoped<AuditLogExport>();
        services.TryAddSingleton(new Pruning.AuditLogPruneOptions());
        services.AddScoped<Pruning.AuditLogPrunePlanner>();
        services.AddScoped<Pruning.AuditLogPruneService>();
        services.AddScoped<AccessGuard>();
        return services;
    }

    /// <summary>Starts the hourly checkpoint (the portal; tests and tools call the service directly).</summary>
    public static IServiceCollection AddAuditingBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService<AuditCheckpointBackgroundService>();
        return services;
    }
}
