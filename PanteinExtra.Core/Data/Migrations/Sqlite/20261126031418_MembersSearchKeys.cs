using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MembersSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HouseholdSearchKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HouseholdSearchKeys");
        }
    }
}
