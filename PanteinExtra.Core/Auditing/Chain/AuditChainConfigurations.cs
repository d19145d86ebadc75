using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Auditing.Chain;

public sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.Property(c => c.Hash).HasMaxLength(64);
        b.Property(c => c.FileName).HasMaxLength(AuditChainLimits.FileName);
        b.Property(c => c.Reason).HasMaxLength(20);
        b.HasIndex(c => c.Sequence);
    }
}

public sealed class AuditChainCheckConfiguration : IEntityTypeConfiguration<AuditChainCheck>
{
    public void Configure(EntityTypeBuilder<AuditChainCheck> b)
    {
        b.Property(c => c.CheckedBy).HasMaxLength(AuditChainLimits.CheckedBy);
        b.Property(c => c.Problem).HasMaxLength(AuditChainLimits.Problem);
        b.HasIndex(c => c.CheckedAtUtc);
    }
}
