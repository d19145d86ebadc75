using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Benchmarks;

/// <summary>The benchmark's SQLite or PostgreSQL database, opened without the audit interceptor for bulk loading.</summary>
internal sealed record BenchmarkDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString, SeedDemoData = false };

    public static BenchmarkDatabase Sqlite(string connectionString) => new(DatabaseProvider.Sqlite, connectionString);

    /// <summary>A context for bulk loading: the search-key interceptor runs (OnConfiguring), the audit interceptor does not.</summary>
    public PortalDbContext CreateBulkContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).Options),
        DatabaseProvider.Postgres => new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).Options),
        _ => throw new InvalidOperationException($"Unknown provider {Provider}."),
    };

    /// <summary>A bulk context with its connection open and, on SQLite, <c>synchronous=OFF</c> (test data only).</summary>
    public async Task<PortalDbContext> OpenFastAsync()
    {
        var db = CreateBulkContext();
        if (Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;");
        }

        return db;
    }

    /// <summary><c>--database file.db</c> (SQLite, the default) or <c>--provider postgres --connection "..."</c>.</summary>
    public static BenchmarkDatabase FromArguments(Arguments args)
    {
        var provider = args.Get("provider", "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            var other => throw new UsageException($"--provider is sqlite or postgres, got '{other}'."),
        };
        var connection = args.Get("connection", "");
        if (connection.Length == 0)
        {
            connection = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.GetFullPath(args.Get("database", "benchmark.db"))}"
                : throw new UsageException("--connection is required for PostgreSQL.");
        }

        return new BenchmarkDatabase(provider, connection);
    }
}
