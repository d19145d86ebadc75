using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RegisterJointControllersAndConsentActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JointControllers",
                table: "RegisterDetails",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Representative",
                table: "RegisterDetails",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ActivityId",
                table: "ConsentPurposes",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentPurposes_ActivityId",
                table: "ConsentPurposes",
                column: "ActivityId");

            migrationBuilder.AddForeignKey(
                name: "FK_ConsentPurposes_ProcessingActivities_ActivityId",
                table: "ConsentPurposes",
                column: "ActivityId",
                principalTable: "ProcessingActivities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConsentPurposes_ProcessingActivities_ActivityId",
                table: "ConsentPurposes");

            migrationBuilder.DropIndex(
                name: "IX_ConsentPurposes_ActivityId",
                table: "ConsentPurposes");

            migrationBuilder.DropColumn(
                name: "JointControllers",
                table: "RegisterDetails");

            migrationBuilder.DropColumn(
                name: "Representative",
                table: "RegisterDetails");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "ConsentPurposes");
        }
    }
}
