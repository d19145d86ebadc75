using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class ProcessorConfiguration : IEntityTypeConfiguration<Processor>
{
    public void Configure(EntityTypeBuilder<Processor> b)
    {
        b.Property(p => p.Name).HasMaxLength(ProcessorRules.MaxNameLength);
        b.HasIndex(p => p.Name).IsUnique();
        b.Property(p => p.ContactName).HasMaxLength(200);
        b.Property(p => p.ContactEmail).HasMaxLength(254);
        b.Property(p => p.ContactPhone).HasMaxLength(30);
        b.Property(p => p.Country).HasMaxLength(100);
        b.Property(p => p.Services).HasMaxLength(1000);
        b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        b.HasMany(p => p.Agreements).WithOne().HasForeignKey(a => a.ProcessorId).OnDelete(DeleteBehavior.Cascade);
    }
}
