using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PanteinExtra.Core.Sessions;

public static class SessionsServiceCollectionExtensions
{
    /// <summary>Staff sessions held on the server. The host may register its own <see cref="StaffSessionOptions"/> first.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.TryAddSingleton(new StaffSessionOptions());
        services.AddScoped<SessionService>();
        services.AddScoped<SessionOversightService>();
        return services;
    }
}
