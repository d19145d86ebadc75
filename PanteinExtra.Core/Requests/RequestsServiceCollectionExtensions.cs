using Microsoft.Extensions.DependencyInjection;

namespace PanteinExtra.Core.Requests;

public static class RequestsServiceCollectionExtensions
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestService>();
        return services;
    }
}
