using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EraseHouseholdDataErasedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DataErasedOn",
                table: "Households",
                type: "date",
                nullable: true);

            // Households anonymised before this column existed (by retention or an erasure request) have no street left
            // and an ended membership; the day of their erasure is not known, so the day the membership ended stands in.
            migrationBuilder.Sql(
                "UPDATE \"Households\" SET \"DataErasedOn\" = \"MembershipEndedOn\" " +
                "WHERE \"Status\" = 'Ended' AND \"Street\" = '' AND \"MembershipEndedOn\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DataErasedOn",
                table: "Households");
        }
    }
}
