using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("Persons");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Initials).HasMaxLength(20);
        b.Property(p => p.FirstName).HasMaxLength(80);
        b.Property(p => p.Infix).HasMaxLength(20);
        b.Property(p => p.LastName).HasMaxLength(120);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Email).HasMaxLength(254);
        b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(p => p.FullName);
    }
}
