using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Oversight;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Everything Core offers. The host supplies <see cref="ICurrentUser"/> (the Portal from the signed-in user)
    /// and may replace <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddPanteinCore(this IServiceCollection services, DatabaseOptions database)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(database);
        services.AddScoped<ActorScope>();
        services.AddScoped<JobLeaseStore>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddPortalDatabase(database);

        services.AddAuditing(database);
        services.AddRegister();
        services.AddConsent();
        services.AddReferrals();
        services.AddRetention();
        services.AddRequests();
        services.AddMembers();
        services.AddCourses();
        services.AddSessions();
        services.AddBreaches();
        services.AddLogControl();
        services.AddControlReports();
        services.AddOversight();
        services.AddIntake();
        return services;
    }

    private static void AddPortalDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqlitePortalDbContext>(
                    (sp, o) => o.UseSqlite(database.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>()),
                    ServiceLifetime.Scoped);
                services.AddScoped<IDbContextFactory<PortalDbContext>>(sp =>
                    new PortalDbContextFactory<SqlitePortalDbContext>(sp.GetRequiredService<IDbContextFactory<SqlitePortalDbContext>>()));
                services.AddScoped<IErasedDataPurge, SqliteErasedDataPurge>();
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextFactory<PostgresPortalDbContext>(
                    (sp, o) => o.UseNpgsql(database.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>()),
                    ServiceLifetime.Scoped);
                services.AddScoped<IDbContextFactory<PortalDbContext>>(sp =>
                    new PortalDbContextFactory<PostgresPortalDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresPortalDbContext>>()));
                services.AddScoped<IErasedDataPurge, PostgresErasedDataPurge>();
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{database.Provider}'.");
        }

        // Data-protection keys live in the database (PersistKeysToDbContext resolves the context from a scope).
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
    }
}
