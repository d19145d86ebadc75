using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Data;

/// <summary>Applies the engine's migrations, the reference data and, when switched on, the demo data.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser("Systeem (eerste start)");
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                EnsureSqliteFolder(db);
            }

            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () => await db.Database.MigrateAsync(ct));
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while one writer appends; it is a property of the file, set once.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>().Where(_ => options.SeedReferenceData))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await seeder.SeedAsync(db, ct);
        }

        if (!options.SeedDemoData)
        {
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await seeder.SeedAsync(db, ct);
            logger.LogInformation("Demo data checked by {Seeder}", seeder.GetType().Name);
        }
    }

    private static void EnsureSqliteFolder(PortalDbContext db)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(source) && source != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
