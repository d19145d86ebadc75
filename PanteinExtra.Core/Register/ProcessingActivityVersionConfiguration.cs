using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingActivityVersionConfiguration : IEntityTypeConfiguration<ProcessingActivityVersion>
{
    public void Configure(EntityTypeBuilder<ProcessingActivityVersion> b)
    {
        b.HasIndex(v => new { v.ActivityId, v.Number }).IsUnique();
        b.HasOne<ProcessingActivity>().WithMany().HasForeignKey(v => v.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.ChangedByUserId).HasMaxLength(200);
        b.Property(v => v.ChangedByName).HasMaxLength(200);
        b.Property(v => v.ChangedFields).HasMaxLength(1000);
    }
}
