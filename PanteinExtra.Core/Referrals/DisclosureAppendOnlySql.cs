using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// Disclosure records are never rewritten (no UPDATE). DELETE stays possible: erasing a person removes their
/// disclosure records with them.
/// </summary>
public static class DisclosureAppendOnlySql
{
    private static readonly AppendOnlyTable Table = new("Disclosures", RefuseDelete: false);

    public static string SqliteUp => Table.SqliteUp;

    public static string SqliteDown => Table.SqliteDown;

    public static string PostgresUp => Table.PostgresUp;

    public static string PostgresDown => Table.PostgresDown;
}
