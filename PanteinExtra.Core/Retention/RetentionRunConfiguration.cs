using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> b)
    {
        b.HasIndex(r => r.Number).IsUnique();
        b.HasIndex(r => new { r.Status, r.CreatedAtUtc });
        b.Property(r => r.CreatedByName).HasMaxLength(UserLimits.UserName);
        b.HasUser(r => r.ApprovedByUserId, r => r.ApprovedByName);
        b.Property(r => r.StoppedByName).HasMaxLength(UserLimits.UserName);
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.CanBeApproved);
        b.Ignore(r => r.IsActive);
        b.HasMany(r => r.Policies).WithOne().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RetentionRunPolicySummaryConfiguration : IEntityTypeConfiguration<RetentionRunPolicySummary>
{
    public void Configure(EntityTypeBuilder<RetentionRunPolicySummary> b)
    {
        b.ToTable("RetentionRunPolicies");
        b.Property(p => p.RecordKind).HasMaxLength(RetentionLimits.RecordKind);
        b.Property(p => p.PolicyName).HasMaxLength(RetentionLimits.PolicyName);
        b.HasIndex(p => new { p.RunId, p.PolicyId }).IsUnique();
    }
}

public sealed class RetentionRunItemConfiguration : IEntityTypeConfiguration<RetentionRunItem>
{
    public void Configure(EntityTypeBuilder<RetentionRunItem> b)
    {
        b.Property(i => i.RecordKind).HasMaxLength(RetentionLimits.RecordKind);
        b.Property(i => i.Reason).HasMaxLength(RetentionLimits.ItemReason);
        b.Property(i => i.HoldReason).HasMaxLength(RetentionLimits.ItemHoldReason);
        b.HasIndex(i => new { i.RunId, i.State, i.HouseholdId });
        b.HasIndex(i => new { i.RunId, i.PolicyId, i.State });
        b.HasOne<RetentionRun>().WithMany().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RetentionTombstoneConfiguration : IEntityTypeConfiguration<RetentionTombstone>
{
    public void Configure(EntityTypeBuilder<RetentionTombstone> b)
    {
        b.Property(t => t.RecordKind).HasMaxLength(RetentionLimits.RecordKind);
        b.HasIndex(t => new { t.RecordKind, t.RecordId }).IsUnique();
        b.HasIndex(t => t.HouseholdId);
    }
}
