namespace PanteinExtra.Core.Referrals;

/// <summary>Maximum lengths of the referral feature's text fields: the EF configurations and the input rules both use these.</summary>
public static class ReferralLimits
{
    public const int ProviderName = 160;
    public const int Region = 120;
    public const int Service = 120;
    public const int ContactName = 160;
    public const int Phone = 20;
    public const int Email = 254;
    public const int Website = 254;
    public const int Note = 1000;
    public const int RecipientKind = 40;
    public const int RecipientName = 160;
    public const int LegalBasis = 120;
}
