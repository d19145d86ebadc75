using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

public sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> b)
    {
        b.HasIndex(r => r.Number).IsUnique();
        b.Property(r => r.RequesterName).HasMaxLength(200);
        b.Property(r => r.Description).HasMaxLength(4000);
        b.Property(r => r.ExtensionReason).HasMaxLength(2000);
        b.Property(r => r.Outcome).HasMaxLength(8000);
        b.Property(r => r.RegisteredByName).HasMaxLength(200);
        b.Property(r => r.IdentityChecks).HasConversion<int>();
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.IdentityVerified);
        b.Ignore(r => r.IsOpen);
        b.Ignore(r => r.Deadline);
        b.HasIndex(r => new { r.Status, r.DueOn });
        b.HasIndex(r => new { r.PersonId, r.Type });
        b.HasOne<Household>().WithMany().HasForeignKey(r => r.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RequestTimelineEntryConfiguration : IEntityTypeConfiguration<RequestTimelineEntry>
{
    public void Configure(EntityTypeBuilder<RequestTimelineEntry> b)
    {
        b.ToTable("RequestTimeline");
        b.Property(e => e.ByName).HasMaxLength(200);
        b.Property(e => e.Text).HasMaxLength(4000);
        b.HasIndex(e => new { e.RequestId, e.AtUtc });
        b.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RequestLetterConfiguration : IEntityTypeConfiguration<RequestLetter>
{
    public void Configure(EntityTypeBuilder<RequestLetter> b)
    {
        b.Property(l => l.Text).HasMaxLength(20000);
        b.Property(l => l.SentByName).HasMaxLength(200);
        b.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
