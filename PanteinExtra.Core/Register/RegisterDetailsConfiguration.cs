using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class RegisterDetailsConfiguration : IEntityTypeConfiguration<RegisterDetails>
{
    public void Configure(EntityTypeBuilder<RegisterDetails> b)
    {
        b.Property(d => d.ControllerName).HasMaxLength(RegisterLimits.ControllerName);
        b.Property(d => d.ControllerAddress).HasMaxLength(RegisterLimits.Address);
        b.Property(d => d.ControllerEmail).HasMaxLength(RegisterLimits.Email);
        b.Property(d => d.ControllerPhone).HasMaxLength(RegisterLimits.Phone);
        b.Property(d => d.JointControllers).HasMaxLength(RegisterLimits.JointControllers);
        b.Property(d => d.Representative).HasMaxLength(RegisterLimits.Representative);
        b.Property(d => d.OfficerName).HasMaxLength(RegisterLimits.OfficerName);
        b.Property(d => d.OfficerEmail).HasMaxLength(RegisterLimits.Email);
        b.Property(d => d.OfficerPhone).HasMaxLength(RegisterLimits.Phone);
    }
}
