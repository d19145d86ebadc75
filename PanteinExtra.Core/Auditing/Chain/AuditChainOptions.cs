namespace PanteinExtra.Core.Auditing.Chain;

/// <summary>
/// Settings of the keyed chain (configuration section "AuditChain"). The key never lives in the database: production
/// sets <see cref="Key"/> from the secret store; without it a key file is generated next to the database (demo only).
/// </summary>
public sealed class AuditChainOptions
{
    /// <summary>The HMAC-SHA256 key, base64 (at least 32 bytes). From configuration or a secret store.</summary>
    public string? Key { get; set; }

    /// <summary>Where a generated demo key is kept when <see cref="Key"/> is not set.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The folder outside the database where chain heads are written. Default: next to the database.</summary>
    public string? CheckpointFolder { get; set; }

    /// <summary>How often the chain head is checkpointed by the background service.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Refuse to start without a configured key (production); the demo may generate one.</summary>
    public bool RequireConfiguredKey { get; set; }

    /// <summary>
    /// The defaults for a database: folder and key file next to a SQLite file, else under the application's App_Data,
    /// named after the PostgreSQL database.
    /// </summary>
    public static AuditChainOptions For(Data.DatabaseOptions database, AuditChainOptions? configured = null)
    {
        var options = configured ?? new AuditChainOptions();
        var baseName = SqliteFile(database) ?? Path.Combine(AppContext.BaseDirectory, "App_Data", $"portal-{PostgresDatabase(database)}");
        options.CheckpointFolder ??= baseName + ".checkpoints";
        options.KeyFile ??= baseName + ".chain-key";
        return options;
    }

    private static string? SqliteFile(Data.DatabaseOptions database)
    {
        if (database.Provider != Data.DatabaseProvider.Sqlite)
        {
            return null;
        }

        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    private static string PostgresDatabase(Data.DatabaseOptions database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database ?? "portal";
}
