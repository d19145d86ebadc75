using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LogReviewFindingsAndMonthlyReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BreachId",
                table: "ControlFindings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BreachNumber",
                table: "ControlFindings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "ControlFindings",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ManagerName",
                table: "ControlFindings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ControlReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: true),
                    DrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    FindingsTotal = table.Column<int>(type: "integer", nullable: true),
                    FindingsExplained = table.Column<int>(type: "integer", nullable: true),
                    FindingsToManager = table.Column<int>(type: "integer", nullable: true),
                    FindingsToBreach = table.Column<int>(type: "integer", nullable: true),
                    ControlRuns = table.Column<int>(type: "integer", nullable: true),
                    DaysControlled = table.Column<int>(type: "integer", nullable: true),
                    SampleQuestions = table.Column<int>(type: "integer", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SignedOffBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedOffByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedOffAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ControlReportFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Households = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Escalation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ManagerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BreachNumber = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlReportFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlReportFindings_ControlReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ControlReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ControlReportSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PurposeOfUse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    Verdict = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CheckedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlReportSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlReportSamples_ControlReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ControlReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ControlFindings_BreachId",
                table: "ControlFindings",
                column: "BreachId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlReportFindings_ReportId_FindingId",
                table: "ControlReportFindings",
                columns: new[] { "ReportId", "FindingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ControlReports_Year_Month",
                table: "ControlReports",
                columns: new[] { "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ControlReportSamples_ReportId_Ordinal",
                table: "ControlReportSamples",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ControlReportFindings");

            migrationBuilder.DropTable(
                name: "ControlReportSamples");

            migrationBuilder.DropTable(
                name: "ControlReports");

            migrationBuilder.DropIndex(
                name: "IX_ControlFindings_BreachId",
                table: "ControlFindings");

            migrationBuilder.DropColumn(
                name: "BreachId",
                table: "ControlFindings");

            migrationBuilder.DropColumn(
                name: "BreachNumber",
                table: "ControlFindings");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "ControlFindings");

            migrationBuilder.DropColumn(
                name: "ManagerName",
                table: "ControlFindings");
        }
    }
}
