namespace PanteinExtra.Core.Consent;

/// <summary>Audit event types of the consent feature (writes are also audited per entity by the interceptor).</summary>
public static class ConsentEventTypes
{
    public const string View = "Consent:View";
    public const string ViewHistory = "Consent:ViewHistory";
    public const string Give = "Consent:Give";
    public const string Withdraw = "Consent:Withdraw";
    public const string Export = "Consent:Export";
    public const string PurposeManage = "ConsentPurpose:Manage";
    public const string PurposeList = "ConsentPurpose:List";
}
