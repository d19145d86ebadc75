namespace PanteinExtra.Core.Data;

public enum DatabaseProvider
{
    [Display(Name = "SQLite")] Sqlite,
    [Display(Name = "PostgreSQL")] Postgres,
}

/// <summary>`Database:Provider` and `ConnectionStrings:Portal`.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public required string ConnectionString { get; set; }

    /// <summary>Fill an empty database with demo households, staff data and a first register.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Add the reference data every installation needs (on by default; tests switch it off to start empty).</summary>
    public bool SeedReferenceData { get; set; } = true;
}
