namespace PanteinExtra.Core.Data;

/// <summary>
/// Database triggers that make a table append-only, for each engine: UPDATE is always refused, DELETE too unless the
/// table's rows must go with an erased person. No code path (nor an ExecuteUpdate) can then rewrite history.
/// Features expose theirs for the migrations, e.g. <c>Auditing.AuditAppendOnlySql</c>.
/// </summary>
public sealed record AppendOnlyTable(string Table, bool RefuseDelete)
{
    public string SqliteUp =>
        Refuse("UPDATE") + (RefuseDelete ? "\n" + Refuse("DELETE") : "");

    public string SqliteDown =>
        $"DROP TRIGGER IF EXISTS {Table}_NoUpdate;" + (RefuseDelete ? $"\nDROP TRIGGER IF EXISTS {Table}_NoDelete;" : "");

    public string PostgresUp => $"""
        CREATE FUNCTION "{Table}_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Table} is append-only: % is not allowed', TG_OP;
        END;
        $$;
        CREATE TRIGGER "{Table}_NoUpdate" BEFORE UPDATE{(RefuseDelete ? " OR DELETE" : "")} ON "{Table}"
            FOR EACH ROW EXECUTE FUNCTION "{Table}_append_only"();
        """ + (RefuseDelete ? $"""

        CREATE TRIGGER "{Table}_NoTruncate" BEFORE TRUNCATE ON "{Table}"
            FOR EACH STATEMENT EXECUTE FUNCTION "{Table}_append_only"();
        """ : "");

    public string PostgresDown =>
        (RefuseDelete ? $"DROP TRIGGER IF EXISTS \"{Table}_NoTruncate\" ON \"{Table}\";\n" : "") +
        $"DROP TRIGGER IF EXISTS \"{Table}_NoUpdate\" ON \"{Table}\";\nDROP FUNCTION IF EXISTS \"{Table}_append_only\"();";

    private string Refuse(string operation) => $"""
        CREATE TRIGGER {Table}_No{(operation == "UPDATE" ? "Update" : "Delete")} BEFORE {operation} ON {Table}
        BEGIN SELECT RAISE(ABORT, '{Table} is append-only: {operation} is not allowed'); END;
        """;
}
