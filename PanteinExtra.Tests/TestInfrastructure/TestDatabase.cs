using Microsoft.EntityFrameworkCore;
using Npgsql;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// The database one test (or test class) owns: a temp SQLite file, or, when <see cref="PostgresVariable"/> holds a
/// connection string to a PostgreSQL server, a throwaway database on that server, dropped again on dispose. The
/// switch lets the same integration tests run on both engines (CI runs them on both).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>A connection string to a PostgreSQL server whose user may create databases, e.g. the CI cluster.</summary>
    public const string PostgresVariable = "PANTEIN_TEST_POSTGRES";

    private readonly TempSqliteFile? _file;
    private readonly string? _postgresName;

    public TestDatabase()
    {
        if (PostgresServer is { } server)
        {
            Provider = DatabaseProvider.Postgres;
            _postgresName = $"pantein_test_{Guid.NewGuid():N}";
            Administer(server, $"CREATE DATABASE \"{_postgresName}\"");
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            Provider = DatabaseProvider.Sqlite;
            _file = new TempSqliteFile();
            ConnectionString = _file.ConnectionString;
        }
    }

    /// <summary>The PostgreSQL server the tests run against, or null for SQLite.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A context without the audit interceptor, for arranging data and asserting on the database.</summary>
    public PortalDbContext RawDb() => Provider == DatabaseProvider.Postgres
        ? new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        _file?.Dispose();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Administer(PostgresServer!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
            RemoveChainFiles();
        }
    }

    /// <summary>The audit chain's demo key and checkpoints for this database (AuditChainOptions.For).</summary>
    private void RemoveChainFiles()
    {
        var chain = AuditChainOptions.For(new DatabaseOptions { Provider = Provider, ConnectionString = ConnectionString });
        try
        {
            if (Directory.Exists(chain.CheckpointFolder))
            {
                Directory.Delete(chain.CheckpointFolder, recursive: true);
            }

            File.Delete(chain.KeyFile!);
        }
        catch (IOException)
        {
            // Still open by a finishing test host; the folder is removed with the build output.
        }
    }

    private static void Administer(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
