using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing.Pruning;

public sealed class AuditLogPruneConfiguration : IEntityTypeConfiguration<AuditLogPrune>
{
    public void Configure(EntityTypeBuilder<AuditLogPrune> b)
    {
        b.Property(p => p.AnchorHash).HasMaxLength(64);
        b.Property(p => p.CheckpointFileName).HasMaxLength(AuditChainLimits.FileName);
        b.Property(p => p.StoppedBecause).HasMaxLength(AuditLogPruneLimits.StoppedBecause);
        b.HasUser(p => p.PrunedByUserId, p => p.PrunedByName);

        // Two prunes of the same first event: the second (a colleague at the same moment) is refused.
        b.HasIndex(p => p.FromSequence).IsUnique();
        b.HasIndex(p => p.UpToSequence);
    }
}
