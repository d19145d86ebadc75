using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingActivityVersionConfiguration : IEntityTypeConfiguration<ProcessingActivityVersion>
{
    public void Configure(EntityTypeBuilder<ProcessingActivityVersion> b)
    {
        b.HasIndex(v => new { v.ActivityId, v.Number }).IsUnique();
        b.HasOne<ProcessingActivity>().WithMany().HasForeignKey(v => v.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.HasUser(v => v.ChangedByUserId, v => v.ChangedByName);
        b.Property(v => v.ChangedFields).HasMaxLength(RegisterLimits.ItemCodes);
    }
}
