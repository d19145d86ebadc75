using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Benchmarks;

/// <summary>The benchmark's SQLite or PostgreSQL database, opened without the audit interceptor for bulk loading.</summary>
internal sealed record BenchmarkDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString, SeedDemoData = false };

    /// <summary>A context for bulk loading: the search-key interceptor runs (OnConfiguring), the audit interceptor does not.</summary>
    public PortalDbContext CreateBulkContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).Options),
        DatabaseProvider.Postgres => new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).Options),
        _ => throw new InvalidOperationException($"Unknown provider {Provider}."),
    };

    public static BenchmarkDatabase FromArguments(Arguments args)
    {
        var provider = args.Get("provider", "sqlite").Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connection = args.Get("connection", "");
        if (connection.Length == 0)
        {
            connection = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.GetFullPath(args.Get("database", "benchmark.db"))}"
                : throw new ArgumentException("--connection is required for PostgreSQL.");
        }

        return new BenchmarkDatabase(provider, connection);
    }
}

/// <summary>`--name value` pairs.</summary>
internal sealed class Arguments(string[] args)
{
    public string Get(string name, string fallback)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public int GetInt(string name, int fallback) => int.Parse(Get(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
}
