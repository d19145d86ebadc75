using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Referrals;

public sealed class ServiceProviderConfiguration : IEntityTypeConfiguration<ServiceProvider>
{
    public void Configure(EntityTypeBuilder<ServiceProvider> b)
    {
        b.Property(s => s.Name).HasMaxLength(160);
        b.HasIndex(s => s.Name).IsUnique();
        b.PrimitiveCollection(s => s.Services);
        b.Property(s => s.Region).HasMaxLength(120);
        b.Property(s => s.ContactName).HasMaxLength(160);
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.Email).HasMaxLength(254);
        b.Property(s => s.Website).HasMaxLength(254);
        b.Property(s => s.SharedFields).HasConversion<int>();
        b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
    }
}

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Service).HasMaxLength(120);
        b.Property(r => r.CreatedByUserId).HasMaxLength(200);
        b.Property(r => r.CreatedByName).HasMaxLength(200);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(r => r.NeedsAttention);
        b.HasIndex(r => new { r.HouseholdId, r.CreatedAtUtc });
        b.HasIndex(r => new { r.PersonId, r.Status });
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ServiceProvider>().WithMany().HasForeignKey(r => r.ServiceProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> b)
    {
        b.Property(d => d.RecipientKind).HasMaxLength(40);
        b.Property(d => d.RecipientName).HasMaxLength(160);
        b.Property(d => d.Fields).HasConversion<int>();
        b.Property(d => d.DisclosedByUserId).HasMaxLength(200);
        b.Property(d => d.DisclosedByName).HasMaxLength(200);
        b.Property(d => d.LegalBasis).HasMaxLength(120);
        b.HasIndex(d => new { d.PersonId, d.DisclosedAtUtc });
        b.HasIndex(d => new { d.RecipientKind, d.RecipientId });
        // No foreign keys to the referral or the recipient: a disclosure is never updated, and it must outlive both.
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
