using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class HouseholdSearchKeyConfiguration : IEntityTypeConfiguration<HouseholdSearchKey>
{
    public void Configure(EntityTypeBuilder<HouseholdSearchKey> b)
    {
        b.Property(k => k.Key).HasMaxLength(HouseholdSearchKeys.MaxKeyLength);
        // Covering index: a prefix range or an equality on Key yields household ids without touching the table.
        b.HasIndex(k => new { k.Key, k.HouseholdId });
        b.HasIndex(k => k.SourceId);
        b.HasOne<Household>().WithMany().HasForeignKey(k => k.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>
    /// PostgreSQL only (called by <c>PostgresPortalDbContext</c>): text compares by the database's collation there,
    /// which may ignore spaces and punctuation, while the prefix ranges on Key (<c>key &gt;= 'n:vries' AND
    /// key &lt; 'n:vriet'</c>) need byte order, so Key uses the "C" collation. SQLite compares binary already.
    /// </summary>
    public static void ConfigurePostgres(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<HouseholdSearchKey>().Property(k => k.Key).UseCollation("C");
}
