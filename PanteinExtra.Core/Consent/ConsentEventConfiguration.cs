using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

public sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> b)
    {
        b.HasUser(e => e.RecordedByUserId, e => e.RecordedByName);
        b.Property(e => e.Note).HasMaxLength(ConsentLimits.Note);
        b.Property(e => e.ContactPersonName).HasMaxLength(ConsentLimits.ContactPersonName);
        b.HasIndex(e => new { e.PersonId, e.PurposeId, e.Sequence }).IsUnique();
        b.HasIndex(e => new { e.PersonId, e.OccurredAtUtc });
        b.HasIndex(e => e.HouseholdId);

        // Erasing a person erases their consent record with them; a purpose or wording in use cannot be removed.
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ConsentPurpose>().WithMany().HasForeignKey(e => e.PurposeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConsentPurposeVersion>().WithMany().HasForeignKey(e => e.PurposeVersionId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the contact person: an event is never updated, and removing a contact person later
        // must not rewrite who acted then (the id and name stay as they were).
    }
}
