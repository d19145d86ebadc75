using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

/// <summary>The access log is append-only: the database refuses UPDATE, DELETE and TRUNCATE. Used by each engine's migration.</summary>
public static class AuditAppendOnlySql
{
    private static readonly AppendOnlyTable Table = new("AuditEvents", RefuseDelete: true);

    public static string SqliteUp => Table.SqliteUp;

    public static string SqliteDown => Table.SqliteDown;

    public static string PostgresUp => Table.PostgresUp;

    public static string PostgresDown => Table.PostgresDown;
}
