using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddBreachRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReportedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AwareAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DiscoveredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DataAndPersons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Ongoing = table.Column<bool>(type: "boolean", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Kinds = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    DataCategories = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    ActivityIds = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PersonsMin = table.Column<int>(type: "integer", nullable: true),
                    PersonsMax = table.Column<int>(type: "integer", nullable: true),
                    PersonGroups = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Protection = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConfidentialityAffected = table.Column<bool>(type: "boolean", nullable: false),
                    IntegrityAffected = table.Column<bool>(type: "boolean", nullable: false),
                    AvailabilityAffected = table.Column<bool>(type: "boolean", nullable: false),
                    LikelyHarm = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OtherAuthorities = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Context = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Identification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Confidentiality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Integrity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Availability = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Malicious = table.Column<bool>(type: "boolean", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    ComputedBand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OverruledBand = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OverruleReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NotifyReasoning = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MemberInformation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MemberInformationReasoning = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublicNotice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    MembersInformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApReference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    NotifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NotificationPhases = table.Column<int>(type: "integer", nullable: false),
                    DelayReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WithdrawReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Breaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreachAffected",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Views = table.Column<int>(type: "integer", nullable: true),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachAffected", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachAffected_Breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "Breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BreachAffected_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BreachAffected_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BreachLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddressedTo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DraftedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachLetters_Breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "Breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BreachLetters_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BreachMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachMeasures_Breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "Breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BreachVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Snapshot = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachVersions_Breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "Breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BreachAffected_BreachId_HouseholdId_PersonId",
                table: "BreachAffected",
                columns: new[] { "BreachId", "HouseholdId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BreachAffected_HouseholdId",
                table: "BreachAffected",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachAffected_PersonId",
                table: "BreachAffected",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Breaches_Number",
                table: "Breaches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Breaches_ReportedByUserId_AwareAtUtc",
                table: "Breaches",
                columns: new[] { "ReportedByUserId", "AwareAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Breaches_Status_AwareAtUtc",
                table: "Breaches",
                columns: new[] { "Status", "AwareAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BreachLetters_BreachId_HouseholdId",
                table: "BreachLetters",
                columns: new[] { "BreachId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_BreachLetters_HouseholdId",
                table: "BreachLetters",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachMeasures_BreachId",
                table: "BreachMeasures",
                column: "BreachId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachVersions_BreachId_Version",
                table: "BreachVersions",
                columns: new[] { "BreachId", "Version" },
                unique: true);

            // Hand-written SQL, frozen as literals exactly as first applied: history must not follow later changes to C#.
            // The breach history is append-only: every step is a new version, none is changed or removed.
            migrationBuilder.Sql("""
                CREATE FUNCTION "BreachVersions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'BreachVersions is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER "BreachVersions_NoUpdate" BEFORE UPDATE OR DELETE ON "BreachVersions"
                    FOR EACH ROW EXECUTE FUNCTION "BreachVersions_append_only"();
                CREATE TRIGGER "BreachVersions_NoTruncate" BEFORE TRUNCATE ON "BreachVersions"
                    FOR EACH STATEMENT EXECUTE FUNCTION "BreachVersions_append_only"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "BreachVersions_NoUpdate" ON "BreachVersions";
                DROP TRIGGER IF EXISTS "BreachVersions_NoTruncate" ON "BreachVersions";
                DROP FUNCTION IF EXISTS "BreachVersions_append_only"();
                """);

            migrationBuilder.DropTable(
                name: "BreachAffected");

            migrationBuilder.DropTable(
                name: "BreachLetters");

            migrationBuilder.DropTable(
                name: "BreachMeasures");

            migrationBuilder.DropTable(
                name: "BreachVersions");

            migrationBuilder.DropTable(
                name: "Breaches");
        }
    }
}
