using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests.Fulfilment;

public sealed class ProcessingRestrictionConfiguration : IEntityTypeConfiguration<ProcessingRestriction>
{
    public void Configure(EntityTypeBuilder<ProcessingRestriction> b)
    {
        b.Property(r => r.LiftReason).HasMaxLength(RequestLimits.LiftReason);
        b.Ignore(r => r.IsActive);
        b.HasIndex(r => new { r.HouseholdId, r.LiftedOn });
        b.HasIndex(r => new { r.PersonId, r.LiftedOn });
        b.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NotificationTaskConfiguration : IEntityTypeConfiguration<NotificationTask>
{
    public void Configure(EntityTypeBuilder<NotificationTask> b)
    {
        b.Property(t => t.RecipientName).HasMaxLength(RequestLimits.RecipientName);
        b.Property(t => t.SharedWhat).HasMaxLength(RequestLimits.SharedWhat);
        b.Property(t => t.SentByName).HasMaxLength(UserLimits.UserName);
        b.Ignore(t => t.State);
        b.HasIndex(t => t.RequestId);
        b.HasOne<DataSubjectRequest>().WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
