namespace PanteinExtra.Core.Sessions;

/// <summary>Why a staff session ended.</summary>
public enum SessionEndReason
{
    [Display(Name = "afgemeld")] SignedOut,
    [Display(Name = "verlopen door inactiviteit")] IdleTimeout,
    [Display(Name = "beëindigd door de FG")] EndedByPrivacyOfficer,
    [Display(Name = "maximale duur bereikt")] MaximumDurationReached,
}
