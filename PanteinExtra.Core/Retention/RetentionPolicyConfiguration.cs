using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Retention;

public sealed class RetentionPolicyConfiguration : IEntityTypeConfiguration<RetentionPolicy>
{
    public void Configure(EntityTypeBuilder<RetentionPolicy> b)
    {
        b.Property(p => p.RecordKind).HasMaxLength(60);
        b.HasIndex(p => p.RecordKind).IsUnique();
        b.Property(p => p.Name).HasMaxLength(120);
        b.Property(p => p.Law).HasMaxLength(200);
        b.Property(p => p.Motivation).HasMaxLength(2000);
        b.Property(p => p.UpdatedBy).HasMaxLength(200);
        b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
    }
}

public sealed class RetentionPolicyVersionConfiguration : IEntityTypeConfiguration<RetentionPolicyVersion>
{
    public void Configure(EntityTypeBuilder<RetentionPolicyVersion> b)
    {
        b.Property(v => v.Name).HasMaxLength(120);
        b.Property(v => v.Law).HasMaxLength(200);
        b.Property(v => v.Motivation).HasMaxLength(2000);
        b.Property(v => v.ChangedByUserId).HasMaxLength(200);
        b.Property(v => v.ChangedByName).HasMaxLength(200);
        b.Property(v => v.Note).HasMaxLength(500);
        b.HasIndex(v => new { v.PolicyId, v.Version }).IsUnique();
        b.HasOne<RetentionPolicy>().WithMany().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}
