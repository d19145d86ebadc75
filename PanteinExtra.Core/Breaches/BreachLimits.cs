namespace PanteinExtra.Core.Breaches;

/// <summary>Maximum lengths of the breach register's text fields: the EF configurations and the input rules both use these.</summary>
public static class BreachLimits
{
    public const int ShortText = 300;
    public const int Text = 4000;
    public const int Reason = 2000;
    public const int ApReference = 60;
    public const int LetterText = 20000;
    public const int Snapshot = 100_000;
    public const int MemberNumberList = 20_000;
    public const int Owner = 200;
}
