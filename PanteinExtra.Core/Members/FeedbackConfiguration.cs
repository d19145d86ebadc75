using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> b)
    {
        b.Property(f => f.Subject).HasMaxLength(MemberLimits.FeedbackSubject);
        b.Property(f => f.Description).HasMaxLength(MemberLimits.LongText);
        b.Property(f => f.Handling).HasMaxLength(MemberLimits.Handling);
        b.Property(f => f.Outcome).HasMaxLength(MemberLimits.Outcome);
        b.Ignore(f => f.IsOpen);
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
