using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    EventType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationMs = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UserRole = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Machine = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TraceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PurposeOfUse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TargetType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TargetId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectHouseholdId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MemberSince = table.Column<DateOnly>(type: "date", nullable: false),
                    MembershipEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Street = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    HouseNumber = table.Column<int>(type: "integer", nullable: false),
                    HouseNumberAddition = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    City = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    PreferredChannel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CommunicateThroughContactPerson = table.Column<bool>(type: "boolean", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Processors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Services = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Processors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterDetails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ControllerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ControllerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ControllerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ControllerPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OfficerEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    OfficerPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterDetails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RunId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "RetentionPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Law = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StatutoryMinimumMonths = table.Column<int>(type: "integer", nullable: true),
                    Motivation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AsOfDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TotalItems = table.Column<int>(type: "integer", nullable: false),
                    HeldItems = table.Column<int>(type: "integer", nullable: false),
                    ProcessedItems = table.Column<int>(type: "integer", nullable: false),
                    SkippedItems = table.Column<int>(type: "integer", nullable: false),
                    LastBatchNumber = table.Column<int>(type: "integer", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastCheckpointAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StopRequested = table.Column<bool>(type: "boolean", nullable: false),
                    StoppedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionTombstones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionTombstones", x => x.Id);
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
                name: "CallNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallNotes_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactPersons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Relation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Permissions = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPersons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPersons_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountDue = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    AmountPaid = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contributions_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataSubjectRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequesterContactPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequesterAuthorised = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtendedDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IdentityChecks = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    IdentityVerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PossibleDuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataSubjectRequests_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HouseholdSearchKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseholdSearchKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HouseholdSearchKeys_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SetAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SetByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SetByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LiftedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LiftedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LiftedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LiftReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalHolds_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Initials = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FirstName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Infix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LastName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Persons_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ProcessingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Purposes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SpecialCategoryCondition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DataSubjectCategories = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PersonalDataCategories = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Recipients = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    TransfersOutsideEea = table.Column<bool>(type: "boolean", nullable: true),
                    TransferCountries = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TransferSafeguards = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RetentionPeriod = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RetentionPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    SecurityMeasures = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Source = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Owner = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DpiaRequired = table.Column<bool>(type: "boolean", nullable: true),
                    DpiaCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HasSpecialCategoryData = table.Column<bool>(type: "boolean", nullable: false),
                    MissingItemCount = table.Column<int>(type: "integer", nullable: false),
                    MissingItemCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingActivities_RetentionPolicies_RetentionPolicyId",
                        column: x => x.RetentionPolicyId,
                        principalTable: "RetentionPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RetentionPolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Law = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StatutoryMinimumMonths = table.Column<int>(type: "integer", nullable: true),
                    Motivation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionPolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionPolicyVersions_RetentionPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "RetentionPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRunItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    HoldReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BatchNumber = table.Column<int>(type: "integer", nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRunItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionRunItems_RetentionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "RetentionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRunPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    RecordKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PolicyName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    ExpiredCount = table.Column<int>(type: "integer", nullable: false),
                    HeldCount = table.Column<int>(type: "integer", nullable: false),
                    ProcessedCount = table.Column<int>(type: "integer", nullable: false),
                    SkippedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRunPolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionRunPolicies_RetentionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "RetentionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SharedWhat = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationTasks_DataSubjectRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataSubjectRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingRestrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    LiftedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LiftReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingRestrictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingRestrictions_DataSubjectRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataSubjectRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestLetters_DataSubjectRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataSubjectRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestTimeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestTimeline_DataSubjectRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DataSubjectRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsPrivacyComplaint = table.Column<bool>(type: "boolean", nullable: false),
                    Handling = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Feedback_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Feedback_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "InsuranceDiscounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Insurer = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsuranceDiscounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsuranceDiscounts_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InsuranceDiscounts_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "Subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subscriptions_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Subscriptions_Persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingActivityProcessors",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessorId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "ProcessingActivityVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedFields = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
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

            migrationBuilder.InsertData(
                table: "RetentionLeases",
                columns: new[] { "Name", "ExpiresAtUtc", "Holder", "RunId" },
                values: new object[] { "retention", null, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_Sequence",
                table: "AuditEvents",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_StartedAtUtc",
                table: "AuditEvents",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_SubjectHouseholdId_StartedAtUtc",
                table: "AuditEvents",
                columns: new[] { "SubjectHouseholdId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_SubjectPersonId_StartedAtUtc",
                table: "AuditEvents",
                columns: new[] { "SubjectPersonId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_UserId_StartedAtUtc",
                table: "AuditEvents",
                columns: new[] { "UserId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CallNotes_HouseholdId_CreatedAtUtc",
                table: "CallNotes",
                columns: new[] { "HouseholdId", "CreatedAtUtc" });

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
                name: "IX_ContactPersons_HouseholdId",
                table: "ContactPersons",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_HouseholdId_Year",
                table: "Contributions",
                columns: new[] { "HouseholdId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_HouseholdId",
                table: "DataSubjectRequests",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_Number",
                table: "DataSubjectRequests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_PersonId_Type",
                table: "DataSubjectRequests",
                columns: new[] { "PersonId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequests_Status_DueOn",
                table: "DataSubjectRequests",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_PersonId_DisclosedAtUtc",
                table: "Disclosures",
                columns: new[] { "PersonId", "DisclosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_RecipientKind_RecipientId",
                table: "Disclosures",
                columns: new[] { "RecipientKind", "RecipientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_HouseholdId",
                table: "Feedback",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_PersonId",
                table: "Feedback",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Households_MemberNumber",
                table: "Households",
                column: "MemberNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Households_Postcode_HouseNumber",
                table: "Households",
                columns: new[] { "Postcode", "HouseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Households_Status_MembershipEndedOn",
                table: "Households",
                columns: new[] { "Status", "MembershipEndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdSearchKeys_HouseholdId",
                table: "HouseholdSearchKeys",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdSearchKeys_Key_HouseholdId",
                table: "HouseholdSearchKeys",
                columns: new[] { "Key", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdSearchKeys_SourceId",
                table: "HouseholdSearchKeys",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_InsuranceDiscounts_HouseholdId",
                table: "InsuranceDiscounts",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_InsuranceDiscounts_PersonId",
                table: "InsuranceDiscounts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_HouseholdId_LiftedAtUtc",
                table: "LegalHolds",
                columns: new[] { "HouseholdId", "LiftedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationTasks_RequestId",
                table: "NotificationTasks",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_HouseholdId",
                table: "Persons",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_Name",
                table: "ProcessingActivities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_NextReviewOn",
                table: "ProcessingActivities",
                column: "NextReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingActivities_RetentionPolicyId",
                table: "ProcessingActivities",
                column: "RetentionPolicyId");

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
                name: "IX_ProcessingRestrictions_HouseholdId_LiftedOn",
                table: "ProcessingRestrictions",
                columns: new[] { "HouseholdId", "LiftedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRestrictions_PersonId_LiftedOn",
                table: "ProcessingRestrictions",
                columns: new[] { "PersonId", "LiftedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRestrictions_RequestId",
                table: "ProcessingRestrictions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Processors_Name",
                table: "Processors",
                column: "Name",
                unique: true);

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
                name: "IX_RequestLetters_RequestId",
                table: "RequestLetters",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestTimeline_RequestId_AtUtc",
                table: "RequestTimeline",
                columns: new[] { "RequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionPolicies_RecordKind",
                table: "RetentionPolicies",
                column: "RecordKind",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionPolicyVersions_PolicyId_Version",
                table: "RetentionPolicyVersions",
                columns: new[] { "PolicyId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRunItems_RunId_PolicyId_State",
                table: "RetentionRunItems",
                columns: new[] { "RunId", "PolicyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRunItems_RunId_State_HouseholdId",
                table: "RetentionRunItems",
                columns: new[] { "RunId", "State", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRunPolicies_RunId_PolicyId",
                table: "RetentionRunPolicies",
                columns: new[] { "RunId", "PolicyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_Number",
                table: "RetentionRuns",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRuns_Status_CreatedAtUtc",
                table: "RetentionRuns",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionTombstones_HouseholdId",
                table: "RetentionTombstones",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionTombstones_RecordKind_RecordId",
                table: "RetentionTombstones",
                columns: new[] { "RecordKind", "RecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceProviders_Name",
                table: "ServiceProviders",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_HouseholdId",
                table: "Subscriptions",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Subscriptions_PersonId",
                table: "Subscriptions",
                column: "PersonId");

            // Hand-written SQL, frozen as literals exactly as first applied: history must not follow later changes to C#.
            // Append-only guards: UPDATE is refused; DELETE and TRUNCATE too where rows need not go with an erased person.
            // The last statement gives the search keys the "C" collation (byte order for prefix ranges); the model
            // declares the same collation (PostgresPortalDbContext), so the snapshot knows it.
            migrationBuilder.Sql("""
                CREATE FUNCTION "AuditEvents_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'AuditEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER "AuditEvents_NoUpdate" BEFORE UPDATE OR DELETE ON "AuditEvents"
                    FOR EACH ROW EXECUTE FUNCTION "AuditEvents_append_only"();
                CREATE TRIGGER "AuditEvents_NoTruncate" BEFORE TRUNCATE ON "AuditEvents"
                    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvents_append_only"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "ProcessingActivityVersions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'ProcessingActivityVersions is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER "ProcessingActivityVersions_NoUpdate" BEFORE UPDATE OR DELETE ON "ProcessingActivityVersions"
                    FOR EACH ROW EXECUTE FUNCTION "ProcessingActivityVersions_append_only"();
                CREATE TRIGGER "ProcessingActivityVersions_NoTruncate" BEFORE TRUNCATE ON "ProcessingActivityVersions"
                    FOR EACH STATEMENT EXECUTE FUNCTION "ProcessingActivityVersions_append_only"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "ConsentEvents_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'ConsentEvents is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER "ConsentEvents_NoUpdate" BEFORE UPDATE ON "ConsentEvents"
                    FOR EACH ROW EXECUTE FUNCTION "ConsentEvents_append_only"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "Disclosures_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Disclosures is append-only: % is not allowed', TG_OP;
                END;
                $$;
                CREATE TRIGGER "Disclosures_NoUpdate" BEFORE UPDATE ON "Disclosures"
                    FOR EACH ROW EXECUTE FUNCTION "Disclosures_append_only"();
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "HouseholdSearchKeys" ALTER COLUMN "Key" TYPE character varying(200) COLLATE "C";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Disclosures_NoUpdate" ON "Disclosures";
                DROP FUNCTION IF EXISTS "Disclosures_append_only"();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "ConsentEvents_NoUpdate" ON "ConsentEvents";
                DROP FUNCTION IF EXISTS "ConsentEvents_append_only"();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "ProcessingActivityVersions_NoTruncate" ON "ProcessingActivityVersions";
                DROP TRIGGER IF EXISTS "ProcessingActivityVersions_NoUpdate" ON "ProcessingActivityVersions";
                DROP FUNCTION IF EXISTS "ProcessingActivityVersions_append_only"();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "AuditEvents_NoTruncate" ON "AuditEvents";
                DROP TRIGGER IF EXISTS "AuditEvents_NoUpdate" ON "AuditEvents";
                DROP FUNCTION IF EXISTS "AuditEvents_append_only"();
                """);

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CallNotes");

            migrationBuilder.DropTable(
                name: "ConsentEvents");

            migrationBuilder.DropTable(
                name: "ContactPersons");

            migrationBuilder.DropTable(
                name: "Contributions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Disclosures");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropTable(
                name: "HouseholdSearchKeys");

            migrationBuilder.DropTable(
                name: "InsuranceDiscounts");

            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "NotificationTasks");

            migrationBuilder.DropTable(
                name: "ProcessingActivityProcessors");

            migrationBuilder.DropTable(
                name: "ProcessingActivityVersions");

            migrationBuilder.DropTable(
                name: "ProcessingAgreements");

            migrationBuilder.DropTable(
                name: "ProcessingRestrictions");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "RegisterDetails");

            migrationBuilder.DropTable(
                name: "RequestLetters");

            migrationBuilder.DropTable(
                name: "RequestTimeline");

            migrationBuilder.DropTable(
                name: "RetentionLeases");

            migrationBuilder.DropTable(
                name: "RetentionPolicyVersions");

            migrationBuilder.DropTable(
                name: "RetentionRunItems");

            migrationBuilder.DropTable(
                name: "RetentionRunPolicies");

            migrationBuilder.DropTable(
                name: "RetentionTombstones");

            migrationBuilder.DropTable(
                name: "Subscriptions");

            migrationBuilder.DropTable(
                name: "ConsentPurposeVersions");

            migrationBuilder.DropTable(
                name: "ProcessingActivities");

            migrationBuilder.DropTable(
                name: "Processors");

            migrationBuilder.DropTable(
                name: "ServiceProviders");

            migrationBuilder.DropTable(
                name: "DataSubjectRequests");

            migrationBuilder.DropTable(
                name: "RetentionRuns");

            migrationBuilder.DropTable(
                name: "Persons");

            migrationBuilder.DropTable(
                name: "ConsentPurposes");

            migrationBuilder.DropTable(
                name: "RetentionPolicies");

            migrationBuilder.DropTable(
                name: "Households");
        }
    }
}
