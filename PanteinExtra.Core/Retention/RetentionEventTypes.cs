namespace PanteinExtra.Core.Retention;

/// <summary>Audit event types of the retention feature ("Entity:Action").</summary>
public static class RetentionAuditEvents
{
    public const string PolicyView = "RetentionPolicy:View";
    public const string PolicyChange = "RetentionPolicy:Change";
    public const string HoldView = "LegalHold:View";
    public const string HoldSet = "LegalHold:Set";
    public const string HoldLift = "LegalHold:Lift";
    public const string RunPreview = "RetentionRun:Preview";
    public const string RunView = "RetentionRun:View";
    public const string RunApprove = "RetentionRun:Approve";
    public const string RunExecute = "RetentionRun:Execute";
    public const string RunStop = "RetentionRun:Stop";
    public const string RunExport = "RetentionRun:Export";
}

/// <summary>Who may do what in retention (checked in every public Core method).</summary>
public static class RetentionRoles
{
    /// <summary>The actor of scheduled work (<see cref="Common.SystemUser"/>).</summary>
    public const string System = "System";

    public static readonly string[] PolicyReaders = [Common.Roles.Administrator, Common.Roles.PrivacyOfficer];
    public static readonly string[] PolicyEditors = [Common.Roles.Administrator];
    public static readonly string[] Fg = [Common.Roles.PrivacyOfficer];
    public static readonly string[] FgOrScheduler = [Common.Roles.PrivacyOfficer, System];
}
