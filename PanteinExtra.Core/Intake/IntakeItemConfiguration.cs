using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Intake;

public sealed class IntakeItemConfiguration : IEntityTypeConfiguration<IntakeItem>
{
    public void Configure(EntityTypeBuilder<IntakeItem> b)
    {
        b.Property(i => i.Reference).HasMaxLength(IntakeLimits.Reference);
        b.HasIndex(i => i.Reference).IsUnique();
        b.Property(i => i.ClientName).HasMaxLength(IntakeLimits.ClientName);
        b.Property(i => i.DisplayName).HasMaxLength(IntakeLimits.DisplayName);
        b.Property(i => i.Payload).HasMaxLength(IntakeLimits.Payload);
        b.Property(i => i.ConfirmationReference).HasMaxLength(IntakeLimits.ConfirmationReference);
        b.Property(i => i.OutcomeNote).HasMaxLength(IntakeLimits.OutcomeNote);
        b.HasUser(i => i.HandledByUserId, i => i.HandledByName);
        b.HasIndex(i => new { i.Status, i.ReceivedAtUtc });
        b.Ignore(i => i.IsOpen);
    }
}
