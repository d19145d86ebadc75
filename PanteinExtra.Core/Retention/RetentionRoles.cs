namespace PanteinExtra.Core.Retention;

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
