using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingActivityProcessorConfiguration : IEntityTypeConfiguration<ProcessingActivityProcessor>
{
    public void Configure(EntityTypeBuilder<ProcessingActivityProcessor> b)
    {
        b.HasKey(l => new { l.ActivityId, l.ProcessorId });
        b.HasOne<Processor>().WithMany().HasForeignKey(l => l.ProcessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.ProcessorId);
    }
}
