namespace PanteinExtra.Core.Referrals;

public static class ReferralEventTypes
{
    public const string Preview = "Referral:Preview";
    public const string Create = "Referral:Create";
    public const string View = "Referral:View";
    public const string Close = "Referral:Close";
    public const string Recipients = "Disclosure:Recipients";
    public const string ProviderList = "ServiceProvider:List";
    public const string ProviderManage = "ServiceProvider:Manage";
}
