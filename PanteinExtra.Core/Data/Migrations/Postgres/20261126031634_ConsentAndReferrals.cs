using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConsentAndReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsentPurposes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentPurposes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: true),
                    Fields = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    DisclosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DisclosedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisclosedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ConsentEventId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosures_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceProviders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Services = table.Column<List<string>>(type: "text[]", nullable: false),
                    Region = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    SharedFields = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    ProcessingAgreementApplies = table.Column<bool>(type: "boolean", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceProviders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsentPurposeVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Wording = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EffectiveFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentPurposeVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentPurposeVersions_ConsentPurposes_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "ConsentPurposes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Service = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConsentEventId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConsentWithdrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_ServiceProviders_ServiceProviderId",
                        column: x => x.ServiceProviderId,
                        principalTable: "ServiceProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeVersion = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContactPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactPersonName = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentEvents_ConsentPurposeVersions_PurposeVersionId",
                        column: x => x.PurposeVersionId,
                        principalTable: "ConsentPurposeVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentEvents_ConsentPurposes_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "ConsentPurposes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentEvents_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvents_HouseholdId",
                table: "ConsentEvents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvents_PersonId_OccurredAtUtc",
                table: "ConsentEvents",
                columns: new[] { "PersonId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvents_PersonId_PurposeId_Sequence",
                table: "ConsentEvents",
                columns: new[] { "PersonId", "PurposeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvents_PurposeId",
                table: "ConsentEvents",
                column: "PurposeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvents_PurposeVersionId",
                table: "ConsentEvents",
                column: "PurposeVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentPurposes_Code",
                table: "ConsentPurposes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentPurposeVersions_PurposeId_Version",
                table: "ConsentPurposeVersions",
                columns: new[] { "PurposeId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_PersonId_DisclosedAtUtc",
                table: "Disclosures",
                columns: new[] { "PersonId", "DisclosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_RecipientKind_RecipientId",
                table: "Disclosures",
                columns: new[] { "RecipientKind", "RecipientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_HouseholdId_CreatedAtUtc",
                table: "Referrals",
                columns: new[] { "HouseholdId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_PersonId_Status",
                table: "Referrals",
                columns: new[] { "PersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ServiceProviderId",
                table: "Referrals",
                column: "ServiceProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceProviders_Name",
                table: "ServiceProviders",
                column: "Name",
                unique: true);

            migrationBuilder.Sql(PanteinExtra.Core.Consent.ConsentAppendOnlySql.PostgresUp);
            migrationBuilder.Sql(PanteinExtra.Core.Referrals.DisclosureAppendOnlySql.PostgresUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PanteinExtra.Core.Referrals.DisclosureAppendOnlySql.PostgresDown);
            migrationBuilder.Sql(PanteinExtra.Core.Consent.ConsentAppendOnlySql.PostgresDown);

            migrationBuilder.DropTable(
                name: "ConsentEvents");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "ConsentPurposeVersions");

            migrationBuilder.DropTable(
                name: "ServiceProviders");

            migrationBuilder.DropTable(
                name: "ConsentPurposes");
        }
    }
}
