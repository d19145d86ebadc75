using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Members;

/// <summary>The FG marks a household as protected, or changes why.</summary>
public sealed class ProtectionInput
{
    [Display(Name = "Reden van bescherming")]
    public ProtectionKind Kind { get; set; } = ProtectionKind.StaffMember;

    [Display(Name = "Toelichting")]
    [MaxText(ProtectionLimits.Note)]
    [MultiLine]
    public string? Note { get; set; }
}

/// <summary>The reason an agent states before opening a protected household in this call.</summary>
public sealed class StatedReasonInput
{
    [Display(Name = "Reden")]
    [Mandatory]
    [MinText(ProtectionLimits.ReasonMinimum)]
    [MaxText(ProtectionLimits.Reason)]
    public string? Reason { get; set; }
}

/// <summary>One protected household in the FG's list.</summary>
public sealed record ProtectedHouseholdRow(
    Guid HouseholdId, string MemberNumber, string MainMemberName, string City, ProtectionKind Kind, string? Note, string MarkedByName, DateTime MarkedAtUtc);

/// <summary>The protection of one household as the FG sees it on the household page (null kind: not protected).</summary>
public sealed record ProtectionStatus(Guid HouseholdId, ProtectionKind? Kind, string? Note, string? MarkedByName, DateTime? MarkedAtUtc)
{
    public bool IsProtected => Kind is not null;
}
