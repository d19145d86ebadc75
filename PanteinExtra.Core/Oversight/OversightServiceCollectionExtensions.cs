using Microsoft.Extensions.DependencyInjection;

namespace PanteinExtra.Core.Oversight;

public static class OversightServiceCollectionExtensions
{
    public static IServiceCollection AddOversight(this IServiceCollection services) =>
        services.AddScoped<OversightService>();
}
