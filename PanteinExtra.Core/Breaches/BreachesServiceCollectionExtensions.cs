using Microsoft.Extensions.DependencyInjection;

namespace PanteinExtra.Core.Breaches;

public static class BreachesServiceCollectionExtensions
{
    public static IServiceCollection AddBreaches(this IServiceCollection services)
    {
        services.AddScoped<BreachService>();
        services.AddScoped<BreachAffectedService>();
        services.AddScoped<BreachLetterService>();
        services.AddScoped<BreachExportService>();
        return services;
    }
}
