using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Benchmarks;

/// <summary>Core's real services (audit interceptor included) over one database, acting as one employee.</summary>
internal static class BenchmarkServices
{
    public static ServiceProvider Create(DatabaseOptions database, ICurrentUser user)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        // No host runs here, so no background work would start anyway; say so for the services that read it.
        services.AddSingleton(new RetentionOptions { RunBackgroundWork = false });
        services.AddPanteinCore(database);
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorScope>().Actor ?? user);
        return services.BuildServiceProvider();
    }
}
