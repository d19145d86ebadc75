using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    UpToSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    EventCount = table.Column<long>(type: "INTEGER", nullable: false),
                    AnchorHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckpointFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiredBefore = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    StoppedBecause = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PrunedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrunedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrunedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
            // (its checkpoint outside the database anchors what remains). The prune records themselves are append-only.
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS AuditEvents_NoDelete;
                CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents
                WHEN NOT EXISTS (SELECT 1 FROM AuditLogPrunes p WHERE OLD.Sequence >= p.FromSequence AND OLD.Sequence <= p.UpToSequence)
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: DELETE is allowed only for events a recorded prune covers'); END;
                CREATE TRIGGER AuditLogPrunes_NoUpdate BEFORE UPDATE ON AuditLogPrunes
                BEGIN SELECT RAISE(ABORT, 'AuditLogPrunes is append-only: UPDATE is not allowed'); END;
                CREATE TRIGGER AuditLogPrunes_NoDelete BEFORE DELETE ON AuditLogPrunes
                BEGIN SELECT RAISE(ABORT, 'AuditLogPrunes is append-only: DELETE is not allowed'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS AuditLogPrunes_NoUpdate;
                DROP TRIGGER IF EXISTS AuditLogPrunes_NoDelete;
                DROP TRIGGER IF EXISTS AuditEvents_NoDelete;
                CREATE TRIGGER AuditEvents_NoDelete BEFORE DELETE ON AuditEvents
                BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: DELETE is not allowed'); END;
                """);

            migrationBuilder.DropTable(
                name: "AuditLogPrunes");
        }
    }
}
