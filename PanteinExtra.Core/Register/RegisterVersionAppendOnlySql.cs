namespace PanteinExtra.Core.Register;

/// <summary>
/// Triggers that keep <c>ProcessingActivityVersions</c> append-only, so "nothing is lost by editing" holds for every
/// code path. Called from each engine's migration.
/// </summary>
public static class RegisterVersionAppendOnlySql
{
    public const string SqliteUp = """
        CREATE TRIGGER ProcessingActivityVersions_NoUpdate BEFORE UPDATE ON ProcessingActivityVersions
        BEGIN SELECT RAISE(ABORT, 'ProcessingActivityVersions is append-only: UPDATE is not allowed'); END;
        CREATE TRIGGER ProcessingActivityVersions_NoDelete BEFORE DELETE ON ProcessingActivityVersions
        BEGIN SELECT RAISE(ABORT, 'ProcessingActivityVersions is append-only: DELETE is not allowed'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS ProcessingActivityVersions_NoUpdate;
        DROP TRIGGER IF EXISTS ProcessingActivityVersions_NoDelete;
        """;

    public const string PostgresUp = """
        CREATE FUNCTION processing_activity_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'ProcessingActivityVersions is append-only: % is not allowed', TG_OP;
        END;
        $$;
        CREATE TRIGGER "ProcessingActivityVersions_NoUpdateDelete" BEFORE UPDATE OR DELETE ON "ProcessingActivityVersions"
            FOR EACH ROW EXECUTE FUNCTION processing_activity_versions_append_only();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS "ProcessingActivityVersions_NoUpdateDelete" ON "ProcessingActivityVersions";
        DROP FUNCTION IF EXISTS processing_activity_versions_append_only();
        """;
}
