using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention;

public sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.Property(h => h.Reason).HasMaxLength(RetentionLimits.HoldReason);
        b.HasUser(h => h.SetByUserId, h => h.SetByName);
        b.HasUser(h => h.LiftedByUserId, h => h.LiftedByName);
        b.Property(h => h.LiftReason).HasMaxLength(RetentionLimits.HoldReason);
        b.Ignore(h => h.IsActive);
        b.HasIndex(h => new { h.HouseholdId, h.LiftedAtUtc });
        b.HasOne<Household>().WithMany().HasForeignKey(h => h.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
