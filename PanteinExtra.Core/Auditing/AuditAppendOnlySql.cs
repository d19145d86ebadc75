namespace PanteinExtra.Core.Auditing;

/// <summary>
/// Database triggers that make <c>AuditEvents</c> append-only: the engine itself refuses UPDATE and DELETE, so
/// no code path (nor a mistaken ExecuteUpdate/ExecuteDelete) can rewrite history. Used by each engine's migration.
/// </summary>
public static class AuditAppendOnlySql
{
    public const string SqliteUp = """
        CREATE TRIGGER AuditEvents_NoUpdate BEFORE UPDATE ON AuditEvents
        BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: UPDATE is not allowed'); END;
        CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents
        BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: DELETE is not allowed'); END;
        """;

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS AuditEvents_NoUpdate;
        DROP TRIGGER IF EXISTS AuditEvents_NoDelete;
        """;

    public const string PostgresUp = """
        CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
        END;
        $$;
        CREATE TRIGGER "AuditEvents_NoUpdateDelete" BEFORE UPDATE OR DELETE ON "AuditEvents"
            FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
        CREATE TRIGGER "AuditEvents_NoTruncate" BEFORE TRUNCATE ON "AuditEvents"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
        """;

    public const string PostgresDown = """
        DROP TRIGGER IF EXISTS "AuditEvents_NoTruncate" ON "AuditEvents";
        DROP TRIGGER IF EXISTS "AuditEvents_NoUpdateDelete" ON "AuditEvents";
        DROP FUNCTION IF EXISTS audit_events_append_only();
        """;
}
