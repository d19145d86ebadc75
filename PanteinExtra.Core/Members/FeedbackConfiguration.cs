using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> b)
    {
        b.ToTable("Feedback");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Subject).HasMaxLength(200);
        b.Property(f => f.Description).HasMaxLength(4000);
        b.Property(f => f.Handling).HasMaxLength(200);
        b.Property(f => f.Outcome).HasMaxLength(2000);
        b.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(f => f.IsOpen);
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
