using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class InsuranceDiscountConfiguration : IEntityTypeConfiguration<InsuranceDiscount>
{
    public void Configure(EntityTypeBuilder<InsuranceDiscount> b)
    {
        b.Property(i => i.Insurer).HasMaxLength(MemberLimits.Insurer);
        b.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
