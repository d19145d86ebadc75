using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Core.Consent;

public sealed class ConsentPurposeConfiguration : IEntityTypeConfiguration<ConsentPurpose>
{
    public void Configure(EntityTypeBuilder<ConsentPurpose> b)
    {
        b.Property(p => p.Code).HasMaxLength(ConsentLimits.PurposeCode);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Name).HasMaxLength(ConsentLimits.PurposeName);
        b.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PurposeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProcessingActivity>().WithMany().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ConsentPurposeVersionConfiguration : IEntityTypeConfiguration<ConsentPurposeVersion>
{
    public void Configure(EntityTypeBuilder<ConsentPurposeVersion> b)
    {
        b.Property(v => v.Wording).HasMaxLength(ConsentLimits.Wording);
        b.Property(v => v.CreatedByName).HasMaxLength(UserLimits.UserName);
        b.HasIndex(v => new { v.PurposeId, v.Version }).IsUnique();
    }
}
