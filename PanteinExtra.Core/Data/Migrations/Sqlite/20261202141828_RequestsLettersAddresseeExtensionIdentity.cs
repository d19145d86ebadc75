using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequestsLettersAddresseeExtensionIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtensionToldOn",
                table: "DataSubjectRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormOfAddress",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<DateOnly>(
                name: "IdentityAnswerDueOn",
                table: "DataSubjectRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdentityAskedBy",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IdentityAskedOn",
                table: "DataSubjectRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyAddress",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyEmail",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplyName",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplySurname",
                table: "DataSubjectRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // An extension counts only once its letter told the member within the first month (ADR 155): earlier
            // extensions keep their extended deadline only when such a letter was recorded.
            migrationBuilder.Sql("""
                UPDATE "DataSubjectRequests" SET "ExtensionToldOn" = (
                    SELECT MIN(l."SentOn") FROM "RequestLetters" l
                    WHERE l."RequestId" = "DataSubjectRequests"."Id" AND l."Kind" = 'Extended' AND l."SentOn" <= "DataSubjectRequests"."DueOn")
                WHERE "ExtendedDueOn" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtensionToldOn",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "FormOfAddress",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "IdentityAnswerDueOn",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "IdentityAskedBy",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "IdentityAskedOn",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ReplyAddress",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ReplyEmail",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ReplyName",
                table: "DataSubjectRequests");

            migrationBuilder.DropColumn(
                name: "ReplySurname",
                table: "DataSubjectRequests");
        }
    }
}
