using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <summary>
    /// The retention lease becomes one of several named job leases (retention, the nightly log control): the table is
    /// renamed, not recreated, so a lease held during the upgrade is kept.
    /// </summary>
    public partial class JobLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(name: "PK_RetentionLeases", table: "RetentionLeases");
            migrationBuilder.RenameTable(name: "RetentionLeases", newName: "JobLeases");
            migrationBuilder.AddPrimaryKey(name: "PK_JobLeases", table: "JobLeases", column: "Name");
            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "ExpiresAtUtc", "Holder", "RunId" },
                values: new object[] { "logcontrol-nightly", null, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(table: "JobLeases", keyColumn: "Name", keyValue: "logcontrol-nightly");
            migrationBuilder.DropPrimaryKey(name: "PK_JobLeases", table: "JobLeases");
            migrationBuilder.RenameTable(name: "JobLeases", newName: "RetentionLeases");
            migrationBuilder.AddPrimaryKey(name: "PK_RetentionLeases", table: "RetentionLeases", column: "Name");
        }
    }
}
