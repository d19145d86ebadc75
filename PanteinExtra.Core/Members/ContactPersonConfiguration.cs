using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> b)
    {
        b.Property(c => c.Name).HasMaxLength(MemberLimits.ContactName);
        b.Property(c => c.Relation).HasMaxLength(MemberLimits.Relation);
        b.Property(c => c.Phone).HasMaxLength(MemberLimits.Phone);
        b.Property(c => c.Email).HasMaxLength(MemberLimits.Email);
        // Flags are stored as their number: a combination has no single name.
        b.Property(c => c.Permissions).HasConversion<int>();
    }
}
