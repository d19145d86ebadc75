using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

public sealed class CallNoteConfiguration : IEntityTypeConfiguration<CallNote>
{
    public void Configure(EntityTypeBuilder<CallNote> b)
    {
        b.HasUser(n => n.AuthorUserId, n => n.AuthorName);
        b.Property(n => n.Caller).HasMaxLength(MemberLimits.Caller);
        b.Property(n => n.Text).HasMaxLength(MemberLimits.LongText);
        b.HasIndex(n => new { n.HouseholdId, n.CreatedAtUtc });
    }
}
