namespace PanteinExtra.Core.Members;

/// <summary>Audit event types of the members desk (writes are audited as `Entity:Action` by the interceptor).</summary>
public static class MembersEventTypes
{
    public const string Search = "Member:Search";
    public const string CallerCheck = "Member:CallerCheck";
    public const string HouseholdView = "Household:View";
    public const string HouseholdEdit = "Household:Update";
    public const string PersonEdit = "Person:Update";
    public const string SubscriptionChange = "Subscription:Update";
    public const string FeedbackCreate = "Feedback:Create";
    public const string CallNoteCreate = "CallNote:Create";
}
