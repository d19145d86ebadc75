using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

public sealed class ProcessingActivityConfiguration : IEntityTypeConfiguration<ProcessingActivity>
{
    public void Configure(EntityTypeBuilder<ProcessingActivity> b)
    {
        b.Property(a => a.Name).HasMaxLength(RegisterLimits.ActivityName);
        b.HasIndex(a => a.Name);
        b.Property(a => a.Description).HasMaxLength(RegisterLimits.ItemText);
        b.Property(a => a.Purposes).IsJsonList();
        b.Property(a => a.DataSubjectCategories).IsJsonList();
        b.Property(a => a.PersonalDataCategories).IsJsonList();
        b.Property(a => a.Recipients).IsJsonList();
        b.Property(a => a.SecurityMeasures).IsJsonList();
        b.Property(a => a.TransferCountries).HasMaxLength(RegisterLimits.ItemText);
        b.Property(a => a.TransferSafeguards).HasMaxLength(RegisterLimits.ItemText);
        b.Property(a => a.RetentionPeriod).HasMaxLength(RegisterLimits.ItemText);
        b.Property(a => a.Source).HasMaxLength(RegisterLimits.ItemText);
        b.Property(a => a.Owner).HasMaxLength(RegisterLimits.ItemText);
        b.Property(a => a.MissingItemCodes).HasMaxLength(RegisterLimits.ItemCodes);
        b.Property(a => a.UpdatedByName).HasMaxLength(UserLimits.UserName);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => a.Status);
        b.HasIndex(a => a.NextReviewOn);

        b.HasMany(a => a.Processors).WithOne().HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);

        // Retention is linked to a policy of the retention feature where one exists (otherwise a motivated period).
        b.HasOne<Retention.RetentionPolicy>().WithMany().HasForeignKey(a => a.RetentionPolicyId).OnDelete(DeleteBehavior.SetNull);
    }
}
