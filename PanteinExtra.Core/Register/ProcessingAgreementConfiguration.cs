using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingAgreementConfiguration : IEntityTypeConfiguration<ProcessingAgreement>
{
    public void Configure(EntityTypeBuilder<ProcessingAgreement> b)
    {
        b.Property(a => a.DocumentReference).HasMaxLength(RegisterLimits.DocumentReference);
        b.Property(a => a.Scope).HasMaxLength(RegisterLimits.AgreementScope);
        b.HasIndex(a => new { a.ProcessorId, a.ExpiresOn });
    }
}
