using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PanteinExtra.Core.LogControl;

public static class LogControlServiceCollectionExtensions
{
    public static IServiceCollection AddLogControl(this IServiceCollection services)
    {
        services.TryAddSingleton(new LogControlOptions());
        services.AddScoped<ControlRules>();
        services.AddScoped<LogControlService>();
        services.AddScoped<StaffDirectoryService>();
        services.AddScoped<ConfidentialityService>();
        services.AddScoped<ConfidentialityGuard>();
        services.AddSingleton<LogControlNightlyService>();
        return services;
    }

    /// <summary>Starts the nightly control (the portal; tests call the service directly).</summary>
    public static IServiceCollection AddLogControlBackgroundWork(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<LogControlNightlyService>());
        return services;
    }
}
