using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.Initials).HasMaxLength(MemberLimits.Initials);
        b.Property(p => p.FirstName).HasMaxLength(MemberLimits.FirstName);
        b.Property(p => p.Infix).HasMaxLength(MemberLimits.Infix);
        b.Property(p => p.LastName).HasMaxLength(MemberLimits.LastName);
        b.Property(p => p.Phone).HasMaxLength(MemberLimits.Phone);
        b.Property(p => p.Email).HasMaxLength(MemberLimits.Email);
        b.Ignore(p => p.FullName);
    }
}
