using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>Register versions are append-only, so "nothing is lost by editing" holds for every code path.</summary>
public static class RegisterVersionAppendOnlySql
{
    private static readonly AppendOnlyTable Table = new("ProcessingActivityVersions", RefuseDelete: true);

    public static string SqliteUp => Table.SqliteUp;

    public static string SqliteDown => Table.SqliteDown;

    public static string PostgresUp => Table.PostgresUp;

    public static string PostgresDown => Table.PostgresDown;
}
