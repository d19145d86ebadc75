using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BreachNumber",
                table: "ControlFindings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "ControlFindings",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ManagerName",
                table: "ControlFindings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ControlReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: true),
                    DrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Population = table.Column<int>(type: "INTEGER", nullable: true),
                    FindingsTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    FindingsExplained = table.Column<int>(type: "INTEGER", nullable: true),
                    FindingsToManager = table.Column<int>(type: "INTEGER", nullable: true),
                    FindingsToBreach = table.Column<int>(type: "INTEGER", nullable: true),
                    ControlRuns = table.Column<int>(type: "INTEGER", nullable: true),
                    DaysControlled = table.Column<int>(type: "INTEGER", nullable: true),
                    SampleQuestions = table.Column<int>(type: "INTEGER", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SignedOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedOffByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedOffAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ControlReportFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Escalation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BreachNumber = table.Column<int>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PurposeOfUse = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CheckedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
