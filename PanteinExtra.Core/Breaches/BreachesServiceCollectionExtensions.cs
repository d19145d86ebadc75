using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Core.Breaches;

public static class BreachesServiceCollectionExtensions
{
    public static IServiceCollection AddBreaches(this IServiceCollection services)
    {
        services.AddScoped<BreachService>();
        services.AddScoped<BreachAffectedService>();
        services.AddScoped<BreachLetterService>();
        services.AddScoped<BreachExportService>();
        services.AddRetentionRecordKind<BreachMemberDataRecordKind>();
        services.AddRetentionHoldSource<OpenBreachHoldSource>();
        return services;
    }
}
