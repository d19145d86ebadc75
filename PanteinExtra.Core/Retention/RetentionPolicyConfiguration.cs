using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed class RetentionPolicyConfiguration : IEntityTypeConfiguration<RetentionPolicy>
{
    public void Configure(EntityTypeBuilder<RetentionPolicy> b)
    {
        b.Property(p => p.RecordKind).HasMaxLength(RetentionLimits.RecordKind);
        b.HasIndex(p => p.RecordKind).IsUnique();
        b.Property(p => p.Name).HasMaxLength(RetentionLimits.PolicyName);
        b.Property(p => p.Law).HasMaxLength(RetentionLimits.Law);
        b.Property(p => p.Motivation).HasMaxLength(RetentionLimits.Motivation);
        b.Property(p => p.UpdatedBy).HasMaxLength(UserLimits.UserName);
    }
}

public sealed class RetentionPolicyVersionConfiguration : IEntityTypeConfiguration<RetentionPolicyVersion>
{
    public void Configure(EntityTypeBuilder<RetentionPolicyVersion> b)
    {
        b.Property(v => v.Name).HasMaxLength(RetentionLimits.PolicyName);
        b.Property(v => v.Law).HasMaxLength(RetentionLimits.Law);
        b.Property(v => v.Motivation).HasMaxLength(RetentionLimits.Motivation);
        b.HasUser(v => v.ChangedByUserId, v => v.ChangedByName);
        b.Property(v => v.Note).HasMaxLength(RetentionLimits.ChangeNote);
        b.HasIndex(v => new { v.PolicyId, v.Version }).IsUnique();
        b.HasOne<RetentionPolicy>().WithMany().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}
