using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// The retention lease becomes one of several named job leases (retention, the nightly log control): the table is
    /// renamed, not recreated, so a lease held during the upgrade is kept. SQLite does not name its primary keys, so
    /// the key stays as it is (renaming it would rebuild the table outside the migration's transaction).
    /// </summary>
    public partial class JobLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "RetentionLeases", newName: "JobLeases");
            migrationBuilder.InsertData(
                table: "JobLeases",
                columns: new[] { "Name", "ExpiresAtUtc", "Holder", "RunId" },
                values: new object[] { "logcontrol-nightly", null, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(table: "JobLeases", keyColumn: "Name", keyValue: "logcontrol-nightly");
            migrationBuilder.RenameTable(name: "JobLeases", newName: "RetentionLeases");
        }
    }
}
