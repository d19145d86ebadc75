namespace PanteinExtra.Core.Referrals;

/// <summary>
/// Audit event types of referrals and the service-provider catalogue, with their Dutch names for the access log.
/// Writes are also audited per entity by the interceptor (<c>[Display]</c> on <see cref="Referral"/> etc.).
/// </summary>
public static class ReferralEventTypes
{
    [Display(Name = "te delen gegevens bekeken")] public const string Preview = "Referral:Preview";

    /// <summary>Also the interceptor's code for a new referral, so both read the same.</summary>
    [Display(Name = "doorverwijzing vastgelegd")] public const string Create = "Referral:Create";
    [Display(Name = "doorverwijzingen ingezien")] public const string View = "Referral:View";
    [Display(Name = "doorverwijzing afgesloten")] public const string Close = "Referral:Close";
    [Display(Name = "ontvangers van gegevens ingezien")] public const string Recipients = "Disclosure:Recipients";
    [Display(Name = "dienstverleners bekeken")] public const string ProviderList = "ServiceProvider:List";
    [Display(Name = "dienstverlener beheerd")] public const string ProviderManage = "ServiceProvider:Manage";
}
