using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingAgreementConfiguration : IEntityTypeConfiguration<ProcessingAgreement>
{
    public void Configure(EntityTypeBuilder<ProcessingAgreement> b)
    {
        b.Property(a => a.DocumentReference).HasMaxLength(300);
        b.Property(a => a.Scope).HasMaxLength(1000);
        b.HasIndex(a => new { a.ProcessorId, a.ExpiresOn });
    }
}
