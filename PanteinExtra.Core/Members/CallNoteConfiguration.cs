using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class CallNoteConfiguration : IEntityTypeConfiguration<CallNote>
{
    public void Configure(EntityTypeBuilder<CallNote> b)
    {
        b.Property(n => n.AuthorUserId).HasMaxLength(MemberLimits.UserId);
        b.Property(n => n.AuthorName).HasMaxLength(MemberLimits.UserName);
        b.Property(n => n.Caller).HasMaxLength(MemberLimits.Caller);
        b.Property(n => n.Text).HasMaxLength(MemberLimits.LongText);
        b.HasIndex(n => new { n.HouseholdId, n.CreatedAtUtc });
    }
}
