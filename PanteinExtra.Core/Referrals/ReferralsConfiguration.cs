using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Referrals;

public sealed class ServiceProviderConfiguration : IEntityTypeConfiguration<ServiceProvider>
{
    public void Configure(EntityTypeBuilder<ServiceProvider> b)
    {
        b.Property(s => s.Name).HasMaxLength(ReferralLimits.ProviderName);
        b.HasIndex(s => s.Name).IsUnique();
        b.PrimitiveCollection(s => s.Services);
        b.Property(s => s.Region).HasMaxLength(ReferralLimits.Region);
        b.Property(s => s.ContactName).HasMaxLength(ReferralLimits.ContactName);
        b.Property(s => s.Phone).HasMaxLength(ReferralLimits.Phone);
        b.Property(s => s.Email).HasMaxLength(ReferralLimits.Email);
        b.Property(s => s.Website).HasMaxLength(ReferralLimits.Website);
        b.Property(s => s.SharedFields).HasConversion<int>();
    }
}

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Service).HasMaxLength(ReferralLimits.Service);
        b.HasUser(r => r.CreatedByUserId, r => r.CreatedByName);
        b.Property(r => r.Note).HasMaxLength(ReferralLimits.Note);
        b.Ignore(r => r.IsOpen);
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
        b.Property(d => d.RecipientKind).HasMaxLength(ReferralLimits.RecipientKind);
        b.Property(d => d.RecipientName).HasMaxLength(ReferralLimits.RecipientName);
        b.Property(d => d.Fields).HasConversion<int>();
        b.HasUser(d => d.DisclosedByUserId, d => d.DisclosedByName);
        b.Property(d => d.LegalBasis).HasMaxLength(ReferralLimits.LegalBasis);
        b.HasIndex(d => new { d.PersonId, d.DisclosedAtUtc });
        b.HasIndex(d => new { d.RecipientKind, d.RecipientId });
        // No foreign keys to the referral or the recipient: a disclosure is never updated, and it must outlive both.
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
