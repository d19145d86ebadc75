using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class InsuranceDiscountConfiguration : IEntityTypeConfiguration<InsuranceDiscount>
{
    public void Configure(EntityTypeBuilder<InsuranceDiscount> b)
    {
        b.ToTable("InsuranceDiscounts");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Insurer).HasMaxLength(80);
        b.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
