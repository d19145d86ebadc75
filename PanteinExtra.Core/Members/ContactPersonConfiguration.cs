using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> b)
    {
        b.ToTable("ContactPersons");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(160);
        b.Property(c => c.Relation).HasMaxLength(60);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.Email).HasMaxLength(254);
        // Flags are stored as their number: a combination has no single name.
        b.Property(c => c.Permissions).HasConversion<int>();
        b.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
    }
}
