namespace PanteinExtra.Core.Members;

/// <summary>
/// Hand-written SQL of the members search, called from the migrations. PostgreSQL compares text by the database's
/// collation, which may ignore spaces and punctuation; the search keys need byte order for their prefix ranges
/// (<c>key &gt;= 'n:vries' AND key &lt; 'n:vriet'</c>), so the column uses the "C" collation. SQLite compares
/// binary already.
/// </summary>
public static class MembersSearchSql
{
    public const string PostgresKeyCollationUp =
        """ALTER TABLE "HouseholdSearchKeys" ALTER COLUMN "Key" TYPE character varying(200) COLLATE "C";""";
}
