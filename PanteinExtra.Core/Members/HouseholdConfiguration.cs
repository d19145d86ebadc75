using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.Property(h => h.MemberNumber).HasMaxLength(MemberLimits.MemberNumber);
        b.HasIndex(h => h.MemberNumber).IsUnique();
        b.Property(h => h.Street).HasMaxLength(MemberLimits.Street);
        b.Property(h => h.HouseNumberAddition).HasMaxLength(MemberLimits.HouseNumberAddition);
        b.Property(h => h.Postcode).HasMaxLength(MemberLimits.Postcode);
        b.HasIndex(h => new { h.Postcode, h.HouseNumber });
        b.Property(h => h.City).HasMaxLength(MemberLimits.City);
        b.Property(h => h.Phone).HasMaxLength(MemberLimits.Phone);
        b.Property(h => h.Email).HasMaxLength(MemberLimits.Email);
        b.HasIndex(h => new { h.Status, h.MembershipEndedOn });

        b.HasMany(h => h.Persons).WithOne().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.ContactPersons).WithOne().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Subscriptions).WithOne().HasForeignKey(s => s.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.InsuranceDiscounts).WithOne().HasForeignKey(i => i.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Contributions).WithOne().HasForeignKey(c => c.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Feedback).WithOne().HasForeignKey(f => f.HouseholdId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.CallNotes).WithOne().HasForeignKey(n => n.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}
