using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.LogControl;

public sealed class ControlReportConfiguration : IEntityTypeConfiguration<ControlReport>
{
    public void Configure(EntityTypeBuilder<ControlReport> b)
    {
        b.Property(r => r.StartedBy).HasMaxLength(ControlReportLimits.Name);
        b.Property(r => r.SignedOffBy).HasMaxLength(ControlReportLimits.Name);
        b.Property(r => r.SignedOffByUserId).HasMaxLength(LogControlLimits.UserId);
        b.Property(r => r.Conclusion).HasMaxLength(ControlReportLimits.Conclusion);
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.Period);
        b.Ignore(r => r.IsSignedOff);
        b.Ignore(r => r.ChangeRefusal);
        b.HasIndex(r => new { r.Year, r.Month }).IsUnique();
    }
}

public sealed class ControlReportFindingConfiguration : IEntityTypeConfiguration<ControlReportFinding>
{
    public void Configure(EntityTypeBuilder<ControlReportFinding> b)
    {
        b.Property(f => f.UserName).HasMaxLength(LogControlLimits.Name);
        b.Property(f => f.Summary).HasMaxLength(LogControlLimits.Summary);
        b.Property(f => f.ReviewNote).HasMaxLength(LogControlLimits.ReviewNote);
        b.Property(f => f.ReviewedBy).HasMaxLength(LogControlLimits.Name);
        b.Property(f => f.ManagerName).HasMaxLength(LogControlLimits.Name);
        b.HasOne<ControlReport>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.ReportId, f.FindingId }).IsUnique();
    }
}

public sealed class ControlReportSampleConfiguration : IEntityTypeConfiguration<ControlReportSample>
{
    public void Configure(EntityTypeBuilder<ControlReportSample> b)
    {
        b.Property(s => s.UserName).HasMaxLength(LogControlLimits.Name);
        b.Property(s => s.UserRole).HasMaxLength(LogControlLimits.Name);
        b.Property(s => s.EventType).HasMaxLength(ControlReportLimits.EventType);
        b.Property(s => s.PurposeOfUse).HasMaxLength(ControlReportLimits.Purpose);
        b.Property(s => s.Note).HasMaxLength(ControlReportLimits.Note);
        b.Property(s => s.CheckedBy).HasMaxLength(ControlReportLimits.Name);
        b.HasOne<ControlReport>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ReportId, s.Ordinal }).IsUnique();
    }
}
