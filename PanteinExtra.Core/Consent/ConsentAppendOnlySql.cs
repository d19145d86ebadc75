namespace PanteinExtra.Core.Consent;

/// <summary>
/// Triggers that make <c>ConsentEvents</c> append-only: an event is never rewritten, so history cannot be
/// overwritten by any code path. DELETE stays possible: erasing a person (Art. 17) removes their record with them.
/// Called from each engine's migration.
/// </summary>
public static class ConsentAppendOnlySql
{
    public const string SqliteUp = """
        CREATE TRIGGER ConsentEvents_NoUpdate BEFORE UPDATE ON ConsentEvents
        BEGIN SELECT RAISE(ABORT, 'ConsentEvents is append-only: UPDATE is not allowed'); END;
        """;

    public const string SqliteDown = "DROP TRIGGER IF EXISTS ConsentEvents_NoUpdate;";

    public const string PostgresUp = """
        CREATE FUNCTION consent_events_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'ConsentEvents is append-only: UPDATE is not allowed';
        END;
        $$;
        CREATE TRIGGER "ConsentEvents_NoUpdate" BEFORE UPDATE ON "ConsentEvents"
            FOR EACH ROW EXECUTE FUNCTION consent_events_no_update();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS "ConsentEvents_NoUpdate" ON "ConsentEvents";
        DROP FUNCTION IF EXISTS consent_events_no_update();
        """;
}
