using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Members;

/// <summary>Why the FG protects a household ("break the glass" before an agent opens it).</summary>
public enum ProtectionKind
{
    [Display(Name = "medewerker van Pantein Extra")]
    StaffMember,

    [Display(Name = "bestuurslid")]
    BoardMember,

    [Display(Name = "publiek bekend persoon")]
    PublicFigure,

    [Display(Name = "andere reden")]
    Other,
}

/// <summary>
/// A household the FG has marked as protected: an agent opens it only after stating a reason in that call, and every
/// such access is a finding of the log control. Unmarking removes the row (the audit log keeps both writes).
/// </summary>
[Display(Name = "beschermd huishouden")]
public sealed class ProtectedHousehold : IAuditedEntity
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public ProtectionKind Kind { get; private set; }

    /// <summary>The FG's note (why, agreed with whom); never shown to agents.</summary>
    public string? Note { get; private set; }

    public required string MarkedByName { get; init; }

    public DateTime MarkedAtUtc { get; init; }

    public Guid? AuditHouseholdId => HouseholdId;

    public Guid? AuditPersonId => null;

    public static ProtectedHousehold Mark(Guid householdId, ProtectionKind kind, string? note, string markedBy, DateTime atUtc) =>
        new() { HouseholdId = householdId, Kind = kind, Note = note, MarkedByName = markedBy, MarkedAtUtc = atUtc };

    /// <summary>The FG changes the reason of an existing protection.</summary>
    public void Redescribe(ProtectionKind kind, string? note)
    {
        Kind = kind;
        Note = note;
    }
}

public sealed class ProtectedHouseholdConfiguration : IEntityTypeConfiguration<ProtectedHousehold>
{
    public void Configure(EntityTypeBuilder<ProtectedHousehold> b)
    {
        b.Property(p => p.Note).HasMaxLength(ProtectionLimits.Note);
        b.Property(p => p.MarkedByName).HasMaxLength(ProtectionLimits.Name);
        b.HasIndex(p => p.HouseholdId).IsUnique();
        b.HasOne<Household>().WithMany().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class ProtectionLimits
{
    public const int Note = 1000;
    public const int Name = 200;

    /// <summary>The reason an agent states before opening a protected household: at least this long...</summary>
    public const int ReasonMinimum = 15;

    /// <summary>...and at most this long.</summary>
    public const int Reason = 500;
}

public static class ProtectionEventTypes
{
    [Display(Name = "reden opgegeven voor een beschermd huishouden")]
    public const string StateReason = "ProtectedHousehold:StateReason";

    [Display(Name = "beschermde huishoudens ingezien")]
    public const string List = "ProtectedHousehold:List";

    [Display(Name = "beschermd huishouden gemarkeerd of gewijzigd")]
    public const string Mark = "ProtectedHousehold:Update";

    [Display(Name = "markering beschermd huishouden opgeheven")]
    public const string Unmark = "ProtectedHousehold:Delete";

    /// <summary>
    /// The event of a reason stated for a protected household ("break the glass"), on the desk or in the inbox: on the
    /// household itself, with the reason and no other personal values, so the FG's log control lists it.
    /// </summary>
    public static AuditRecord StatedReason(Guid householdId, ProtectionKind kind, string reason, string purposeOfUse) =>
        new(StateReason, AuditAction.Create)
        {
            TargetType = nameof(Household),
            TargetId = householdId.ToString(),
            SubjectHouseholdId = householdId,
            PurposeOfUse = purposeOfUse,
            Details = new Dictionary<string, object?> { ["reden"] = reason, ["bescherming"] = kind.ToString() },
        };
}
