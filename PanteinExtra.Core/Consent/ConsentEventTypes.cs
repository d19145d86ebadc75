namespace PanteinExtra.Core.Consent;

/// <summary>
/// Audit event types of the consent feature, with their Dutch names for the access log. Writes are also audited per
/// entity by the interceptor and named after the entity (<c>[Display]</c> on <see cref="ConsentEvent"/> etc.).
/// </summary>
public static class ConsentEventTypes
{
    [Display(Name = "toestemmingen ingezien")] public const string View = "Consent:View";
    [Display(Name = "eerdere stand van toestemmingen ingezien")] public const string ViewHistory = "Consent:ViewHistory";
    [Display(Name = "toestemming vastgelegd")] public const string Give = "Consent:Give";
    [Display(Name = "intrekking van toestemming vastgelegd")] public const string Withdraw = "Consent:Withdraw";
    [Display(Name = "toestemmingsbewijs gemaakt")] public const string Export = "Consent:Export";
    [Display(Name = "toestemmingsdoel beheerd")] public const string PurposeManage = "ConsentPurpose:Manage";
    [Display(Name = "toestemmingsdoelen bekeken")] public const string PurposeList = "ConsentPurpose:List";
}
