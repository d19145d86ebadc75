namespace PanteinExtra.Core.Referrals;

/// <summary>
/// Triggers that make <c>Disclosures</c> append-only (no UPDATE). DELETE stays possible: erasing a person removes
/// their disclosure records with them. Called from each engine's migration.
/// </summary>
public static class DisclosureAppendOnlySql
{
    public const string SqliteUp = """
        CREATE TRIGGER Disclosures_NoUpdate BEFORE UPDATE ON Disclosures
        BEGIN SELECT RAISE(ABORT, 'Disclosures is append-only: UPDATE is not allowed'); END;
        """;

    public const string SqliteDown = "DROP TRIGGER IF EXISTS Disclosures_NoUpdate;";

    public const string PostgresUp = """
        CREATE FUNCTION disclosures_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'Disclosures is append-only: UPDATE is not allowed';
        END;
        $$;
        CREATE TRIGGER "Disclosures_NoUpdate" BEFORE UPDATE ON "Disclosures"
            FOR EACH ROW EXECUTE FUNCTION disclosures_no_update();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS "Disclosures_NoUpdate" ON "Disclosures";
        DROP FUNCTION IF EXISTS disclosures_no_update();
        """;
}
