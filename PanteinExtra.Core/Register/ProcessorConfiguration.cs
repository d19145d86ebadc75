using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class ProcessorConfiguration : IEntityTypeConfiguration<Processor>
{
    public void Configure(EntityTypeBuilder<Processor> b)
    {
        b.Property(p => p.Name).HasMaxLength(RegisterLimits.ProcessorName);
        b.HasIndex(p => p.Name).IsUnique();
        b.Property(p => p.ContactName).HasMaxLength(RegisterLimits.ContactName);
        b.Property(p => p.ContactEmail).HasMaxLength(RegisterLimits.Email);
        b.Property(p => p.ContactPhone).HasMaxLength(RegisterLimits.Phone);
        b.Property(p => p.Country).HasMaxLength(RegisterLimits.Country);
        b.Property(p => p.Services).HasMaxLength(RegisterLimits.Services);
        b.HasMany(p => p.Agreements).WithOne().HasForeignKey(a => a.ProcessorId).OnDelete(DeleteBehavior.Cascade);
    }
}
