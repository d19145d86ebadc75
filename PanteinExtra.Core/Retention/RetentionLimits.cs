namespace PanteinExtra.Core.Retention;

/// <summary>
/// Lengths and bounds of retention's fields: the EF configurations and the input rules both use these, so a limit is
/// written once.
/// </summary>
public static class RetentionLimits
{
    public const int RecordKind = 60;
    public const int PolicyName = 120;
    public const int Law = 200;
    public const int Motivation = 2000;
    public const int ChangeNote = 500;

    /// <summary>Why a hold is set, or why it is lifted.</summary>
    public const int HoldReason = 1000;

    /// <summary>Why a record expired, as the preview lists it.</summary>
    public const int ItemReason = 300;

    /// <summary>Why an item is held (the reasons of every hold source together).</summary>
    public const int ItemHoldReason = 500;


    public const int MaximumPeriodYears = 100;
    public const int MaximumStatutoryMinimumMonths = 1200;

    /// <summary>A change note says why, in a few words at least.</summary>
    public const int MinimumChangeNote = 5;

    /// <summary>A hold is set or lifted with a reason someone can understand later.</summary>
    public const int MinimumHoldReason = 10;

    /// <summary>"Strictly necessary" needs a motivation of some substance.</summary>
    public const int MinimumMotivation = 20;
}
