using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccessLogPruning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditLogPrunes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromSequence = table.Column<long>(type: "bigint", nullable: false),
                    UpToSequence = table.Column<long>(type: "bigint", nullable: false),
                    EventCount = table.Column<long>(type: "bigint", nullable: false),
                    AnchorHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckpointFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiredBefore = table.Column<DateOnly>(type: "date", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    StoppedBecause = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PrunedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PrunedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PrunedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogPrunes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogPrunes_FromSequence",
                table: "AuditLogPrunes",
                column: "FromSequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogPrunes_UpToSequence",
                table: "AuditLogPrunes",
                column: "UpToSequence");

            // Hand-written SQL, frozen as literals exactly as first applied: history must not follow later changes to C#.
            // The access log stays append-only, except that the oldest events may go once a recorded prune covers them
            // (its checkpoint outside the database anchors what remains). TRUNCATE stays refused; the prune records
            // themselves are append-only.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION "AuditEvents_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' AND EXISTS (
                        SELECT 1 FROM "AuditLogPrunes" p WHERE OLD."Sequence" >= p."FromSequence" AND OLD."Sequence" <= p."UpToSequence") THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE FUNCTION "AuditLogPrunes_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'AuditLogPrunes is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER "AuditLogPrunes_NoUpdate" BEFORE UPDATE OR DELETE ON "AuditLogPrunes"
                    FOR EACH ROW EXECUTE FUNCTION "AuditLogPrunes_append_only"();
                CREATE TRIGGER "AuditLogPrunes_NoTruncate" BEFORE TRUNCATE ON "AuditLogPrunes"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AuditLogPrunes_append_only"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "AuditLogPrunes_NoTruncate" ON "AuditLogPrunes";
                DROP TRIGGER IF EXISTS "AuditLogPrunes_NoUpdate" ON "AuditLogPrunes";
                DROP FUNCTION IF EXISTS "AuditLogPrunes_append_only"();
                CREATE OR REPLACE FUNCTION "AuditEvents_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                """);

            migrationBuilder.DropTable(
                name: "AuditLogPrunes");
        }
    }
}
