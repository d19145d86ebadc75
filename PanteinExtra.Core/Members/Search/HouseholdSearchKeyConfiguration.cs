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
}
