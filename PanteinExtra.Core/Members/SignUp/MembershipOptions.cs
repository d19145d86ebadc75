namespace PanteinExtra.Core.Members;

/// <summary>The terms of a new membership (configuration section <c>Membership</c>).</summary>
public sealed class MembershipOptions
{
    public const string Section = "Membership";

    /// <summary>The contribution of a year, owed in full for the year a membership starts in.</summary>
    public decimal AnnualContribution { get; set; } = 31.00m;
}
