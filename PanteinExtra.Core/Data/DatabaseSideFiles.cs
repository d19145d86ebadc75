namespace PanteinExtra.Core.Data;

/// <summary>
/// Where files that belong with a database but must not live in it are kept by default (the chain's demo key and
/// checkpoints, the demo data-protection certificate): next to a SQLite file, else under the application's App_Data,
/// named after the PostgreSQL database. Production configures its own places for each.
/// </summary>
public static class DatabaseSideFiles
{
    public static string BaseName(DatabaseOptions database) =>
        SqliteFile(database) ?? Path.Combine(AppContext.BaseDirectory, "App_Data", $"portal-{PostgresDatabase(database)}");

    private static string? SqliteFile(DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    private static string PostgresDatabase(DatabaseOptions database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database ?? "portal";
}
