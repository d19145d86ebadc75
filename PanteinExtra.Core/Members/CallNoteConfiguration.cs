using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Members;

public sealed class CallNoteConfiguration : IEntityTypeConfiguration<CallNote>
{
    public void Configure(EntityTypeBuilder<CallNote> b)
    {
        b.Property(n => n.AuthorUserId).HasMaxLength(UserLimits.UserId);
        b.Property(n => n.AuthorName).HasMaxLength(UserLimits.UserName);
        b.Property(n => n.Caller).HasMaxLength(MemberLimits.Caller);
        b.Property(n => n.Text).HasMaxLength(MemberLimits.LongText);
        b.HasIndex(n => new { n.HouseholdId, n.CreatedAtUtc });
    }
}
