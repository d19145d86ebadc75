using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Portal.Operations;

/// <summary>What running the portal in production needs: encrypted keys, health probes, a graceful stop.</summary>
internal static class OperationsSetup
{
    private const string Ready = "ready";

    public static void AddPortalOperations(this WebApplicationBuilder builder, DatabaseOptions database)
    {
        builder.Services.AddDataProtection()
            .SetApplicationName("PanteinExtra.Portal")
            .PersistKeysToDbContext<PortalDbContext>()
            .ProtectKeysWithCertificate(DataProtectionCertificate.Load(builder.Configuration, database));

        // Ready: the database answers a real query (SQLite opens, and creates, any file) and has every migration.
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>(
                "database",
                tags: [Ready],
                customTestQuery: async (db, ct) => await db.AuditEvents.AsNoTracking().Select(e => e.Sequence).FirstOrDefaultAsync(ct) >= 0)
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready]);

        // On a stop the host waits this long for running work: a retention batch finishes its transaction.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = builder.Configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(60)));
    }

    /// <summary>/health/live: the process answers. /health/ready: it can serve (load balancers send traffic only then).</summary>
    public static void MapPortalHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
    }
}
