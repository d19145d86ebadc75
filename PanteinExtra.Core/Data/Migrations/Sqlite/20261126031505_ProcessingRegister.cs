using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProcessingRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProcessingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SpecialCategoryCondition = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DataSubjectCategories = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PersonalDataCategories = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TransfersOutsideEea = table.Column<bool>(type: "INTEGER", nullable: true),
                    TransferCountries = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TransferSafeguards = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RetentionPeriod = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RetentionPolicyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SecurityMeasures = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DpiaRequired = table.Column<bool>(type: "INTEGER", nullable: true),
                    DpiaCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HasSpecialCategoryData = table.Column<bool>(type: "INTEGER", nullable: false),
                    MissingItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingItemCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Processors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Services = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Processors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterDetails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ControllerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ControllerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ControllerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ControllerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    OfficerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterDetails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingActivityVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangedFields = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingActivityVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingActivityVersions_ProcessingActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "ProcessingActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingActivityProcessors",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingActivityProcessors", x => new { x.ActivityId, x.ProcessorId });
                    table.ForeignKey(
                        name: "FK_ProcessingActivityProcessors_ProcessingActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "ProcessingActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcessingActivityProcessors_Processors_ProcessorId",
                        column: x => x.ProcessorId,
                        principalTable: "Processors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingAgreements_Processors_ProcessorId",
                        column: x => x.ProcessorId,
                        principalTable: "Processors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_Name",
                table: "ProcessingActivities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_NextReviewOn",
                table: "ProcessingActivities",
                column: "NextReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_Status",
                table: "ProcessingActivities",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivityProcessors_ProcessorId",
                table: "ProcessingActivityProcessors",
                column: "ProcessorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivityVersions_ActivityId_Number",
                table: "ProcessingActivityVersions",
                columns: new[] { "ActivityId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingAgreements_ProcessorId_ExpiresOn",
                table: "ProcessingAgreements",
                columns: new[] { "ProcessorId", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Processors_Name",
                table: "Processors",
                column: "Name",
                unique: true);

            migrationBuilder.Sql(Register.RegisterVersionAppendOnlySql.SqliteUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Register.RegisterVersionAppendOnlySql.SqliteDown);

            migrationBuilder.DropTable(
                name: "ProcessingActivityProcessors");

            migrationBuilder.DropTable(
                name: "ProcessingActivityVersions");

            migrationBuilder.DropTable(
                name: "ProcessingAgreements");

            migrationBuilder.DropTable(
                name: "RegisterDetails");

            migrationBuilder.DropTable(
                name: "ProcessingActivities");

            migrationBuilder.DropTable(
                name: "Processors");
        }
    }
}
