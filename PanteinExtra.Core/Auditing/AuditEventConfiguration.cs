using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PanteinExtra.Core.Auditing;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.HasIndex(e => e.Sequence).IsUnique();
        b.Property(e => e.EventType).HasMaxLength(100);
        b.Property(e => e.Action).HasMaxLength(20);
        b.Property(e => e.Outcome).HasMaxLength(20);
        b.Property(e => e.UserId).HasMaxLength(200);
        b.Property(e => e.UserName).HasMaxLength(200);
        b.Property(e => e.UserRole).HasMaxLength(50);
        b.Property(e => e.Machine).HasMaxLength(100);
        b.Property(e => e.TraceId).HasMaxLength(64);
        b.Property(e => e.PurposeOfUse).HasMaxLength(300);
        b.Property(e => e.TargetType).HasMaxLength(100);
        b.Property(e => e.TargetId).HasMaxLength(200);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);

        // The FG's questions: "who looked at this member?", "what did this employee do?", "what happened when?"
        b.HasIndex(e => new { e.SubjectHouseholdId, e.StartedAtUtc });
        b.HasIndex(e => new { e.SubjectPersonId, e.StartedAtUtc });
        b.HasIndex(e => new { e.UserId, e.StartedAtUtc });
        b.HasIndex(e => e.StartedAtUtc);
    }
}
