using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Retention;

/// <summary>The FG puts a household on hold: which one (by member number), why, and what kind of hold.</summary>
public sealed class LegalHoldInput
{
    [Display(Name = "Lidnummer"), Mandatory, MaxText(MemberLimits.MemberNumber)]
    public string? MemberNumber { get; set; }

    public LegalHoldKind Kind { get; set; } = LegalHoldKind.Dispute;

    [Display(Name = "Reden"), Mandatory, MinText(RetentionLimits.MinimumHoldReason), MaxText(RetentionLimits.HoldReason)]
    public string? Reason { get; set; }
}

/// <summary>The FG lifts a hold, with a reason, based on the hold as the list showed it.</summary>
public sealed class LegalHoldLiftInput
{
    public Guid HoldId { get; set; }

    /// <summary>The stamp the FG's list was based on.</summary>
    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "Reden van opheffen"), Mandatory, MinText(RetentionLimits.MinimumHoldReason), MaxText(RetentionLimits.HoldReason)]
    public string? Reason { get; set; }
}
