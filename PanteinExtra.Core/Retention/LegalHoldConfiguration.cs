using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention;

public sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.Property(h => h.Reason).HasMaxLength(1000);
        b.Property(h => h.SetByUserId).HasMaxLength(200);
        b.Property(h => h.SetByName).HasMaxLength(200);
        b.Property(h => h.LiftedByUserId).HasMaxLength(200);
        b.Property(h => h.LiftedByName).HasMaxLength(200);
        b.Property(h => h.LiftReason).HasMaxLength(1000);
        b.Property(h => h.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(h => h.IsActive);
        b.HasIndex(h => new { h.HouseholdId, h.LiftedAtUtc });
        b.HasOne<Household>().WithMany().HasForeignKey(h => h.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
