using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingActivityVersionConfiguration : IEntityTypeConfiguration<ProcessingActivityVersion>
{
    public void Configure(EntityTypeBuilder<ProcessingActivityVersion> b)
    {
        b.HasIndex(v => new { v.ActivityId, v.Number }).IsUnique();
        b.HasOne<ProcessingActivity>().WithMany().HasForeignKey(v => v.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.ChangedByUserId).HasMaxLength(UserLimits.UserId);
        b.Property(v => v.ChangedByName).HasMaxLength(UserLimits.UserName);
        b.Property(v => v.ChangedFields).HasMaxLength(RegisterLimits.ItemCodes);
    }
}
