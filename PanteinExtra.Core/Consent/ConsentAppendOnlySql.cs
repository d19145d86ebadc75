using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// Consent events are never rewritten (no UPDATE). DELETE stays possible: erasing a person (Art. 17) removes their
/// record with them.
/// </summary>
public static class ConsentAppendOnlySql
{
    private static readonly AppendOnlyTable Table = new("ConsentEvents", RefuseDelete: false);

    public static string SqliteUp => Table.SqliteUp;

    public static string SqliteDown => Table.SqliteDown;

    public static string PostgresUp => Table.PostgresUp;

    public static string PostgresDown => Table.PostgresDown;
}
