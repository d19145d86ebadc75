using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

public sealed class DataSubjectRequestConfiguration : IEntityTypeConfiguration<DataSubjectRequest>
{
    public void Configure(EntityTypeBuilder<DataSubjectRequest> b)
    {
        b.HasIndex(r => r.Number).IsUnique();
        b.Property(r => r.RequesterName).HasMaxLength(RequestLimits.RequesterName);
        b.Property(r => r.Description).HasMaxLength(RequestLimits.Description);
        b.Property(r => r.ExtensionReason).HasMaxLength(RequestLimits.ExtensionReason);
        b.Property(r => r.Outcome).HasMaxLength(RequestLimits.Outcome);
        b.Property(r => r.RegisteredByName).HasMaxLength(UserLimits.UserName);
        b.Property(r => r.ReplyName).HasMaxLength(RequestLimits.ReplyName);
        b.Property(r => r.ReplySurname).HasMaxLength(RequestLimits.ReplyName);
        b.Property(r => r.ReplyAddress).HasMaxLength(RequestLimits.ReplyAddress);
        b.Property(r => r.ReplyEmail).HasMaxLength(RequestLimits.ReplyEmail);
        b.Property(r => r.IdentityChecks).HasConversion<int>();
        b.Ignore(r => r.IdentityVerified);
        b.Ignore(r => r.IsOpen);
        b.Ignore(r => r.Deadline);
        b.Ignore(r => r.ExtensionUntold);
        b.Ignore(r => r.KeptAddressee);
        b.Ignore(r => r.PurposeOfUse);
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
        b.Property(e => e.ByName).HasMaxLength(UserLimits.UserName);
        b.Property(e => e.Text).HasMaxLength(RequestLimits.TimelineText);
        b.HasIndex(e => new { e.RequestId, e.AtUtc });
        b.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RequestLetterConfiguration : IEntityTypeConfiguration<RequestLetter>
{
    public void Configure(EntityTypeBuilder<RequestLetter> b)
    {
        b.Property(l => l.Text).HasMaxLength(RequestLimits.LetterText);
        b.Property(l => l.SentByName).HasMaxLength(UserLimits.UserName);
        b.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(l => l.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
