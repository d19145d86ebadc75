using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class RegisterDetailsConfiguration : IEntityTypeConfiguration<RegisterDetails>
{
    public void Configure(EntityTypeBuilder<RegisterDetails> b)
    {
        b.Property(d => d.ControllerName).HasMaxLength(200);
        b.Property(d => d.ControllerAddress).HasMaxLength(300);
        b.Property(d => d.ControllerEmail).HasMaxLength(254);
        b.Property(d => d.ControllerPhone).HasMaxLength(30);
        b.Property(d => d.OfficerName).HasMaxLength(200);
        b.Property(d => d.OfficerEmail).HasMaxLength(254);
        b.Property(d => d.OfficerPhone).HasMaxLength(30);
        b.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
    }
}
