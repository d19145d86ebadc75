using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.LogControl;

public sealed class StaffDirectoryEntryConfiguration : IEntityTypeConfiguration<StaffDirectoryEntry>
{
    public void Configure(EntityTypeBuilder<StaffDirectoryEntry> b)
    {
        b.Property(s => s.UserId).HasMaxLength(LogControlLimits.UserId);
        b.Property(s => s.Name).HasMaxLength(LogControlLimits.Name);
        b.Property(s => s.Surname).HasMaxLength(LogControlLimits.Name);
        b.Property(s => s.Postcode).HasMaxLength(LogControlLimits.Postcode);
        b.Property(s => s.ManagerName).HasMaxLength(LogControlLimits.Name);
        b.HasIndex(s => s.UserId).IsUnique();
    }
}

public sealed class ControlFindingConfiguration : IEntityTypeConfiguration<ControlFinding>
{
    public void Configure(EntityTypeBuilder<ControlFinding> b)
    {
        b.Property(f => f.UserId).HasMaxLength(LogControlLimits.UserId);
        b.Property(f => f.UserName).HasMaxLength(LogControlLimits.Name);
        b.Property(f => f.HouseholdIds).HasMaxLength(LogControlLimits.HouseholdIds);
        b.Property(f => f.EventSequences).HasMaxLength(LogControlLimits.EventSequences);
        b.Property(f => f.Summary).HasMaxLength(LogControlLimits.Summary);
        b.Property(f => f.ReviewNote).HasMaxLength(LogControlLimits.ReviewNote);
        b.Property(f => f.ReviewedBy).HasMaxLength(LogControlLimits.Name);
        b.Ignore(f => f.Evidence);
        b.HasIndex(f => new { f.Rule, f.Day, f.UserId }).IsUnique();
        b.HasIndex(f => f.Status);
    }
}

public sealed class ControlRunConfiguration : IEntityTypeConfiguration<ControlRun>
{
    public void Configure(EntityTypeBuilder<ControlRun> b)
    {
        b.Property(r => r.RunBy).HasMaxLength(LogControlLimits.Name);
        b.HasIndex(r => r.Day);
    }
}
