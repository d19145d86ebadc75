using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class CallNoteConfiguration : IEntityTypeConfiguration<CallNote>
{
    public void Configure(EntityTypeBuilder<CallNote> b)
    {
        b.ToTable("CallNotes");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.AuthorUserId).HasMaxLength(200);
        b.Property(n => n.AuthorName).HasMaxLength(200);
        b.Property(n => n.Caller).HasMaxLength(200);
        b.Property(n => n.Text).HasMaxLength(4000);
        b.HasIndex(n => new { n.HouseholdId, n.CreatedAtUtc });
    }
}
