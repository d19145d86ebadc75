using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Members;

public sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> b)
    {
        b.Property(c => c.AmountDue).HasPrecision(10, 2);
        b.Property(c => c.AmountPaid).HasPrecision(10, 2);
        b.Ignore(c => c.Outstanding);
        b.HasIndex(c => new { c.HouseholdId, c.Year }).IsUnique();
    }
}
