using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PanteinExtra.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NotificationTaskRecipientKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecipientKind",
                table: "NotificationTasks",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "ServiceProvider");

            // Before the kind was kept, a task came from a referral's disclosure (a service provider) or from a collective
            // discount (an insurer), whose text always names the discount. Frozen here as written (migrations are history).
            migrationBuilder.Sql("""
                UPDATE "NotificationTasks" SET "RecipientKind" = 'Insurer'
                WHERE "SharedWhat" LIKE '%collectiviteitskorting%'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecipientKind",
                table: "NotificationTasks");
        }
    }
}
