namespace PanteinExtra.Core.Common;

/// <summary>The three staff roles. The values are the claim values (Entra ID app roles).</summary>
public static class Roles
{
    public const string CallCentre = "CallCentre";
    public const string Administrator = "Administrator";
    public const string PrivacyOfficer = "PrivacyOfficer";

    /// <summary>Every staff role, for an [Authorize(Roles = ...)] attribute.</summary>
    public const string AnyStaff = $"{CallCentre},{Administrator},{PrivacyOfficer}";

    public static readonly IReadOnlyList<string> All = [CallCentre, Administrator, PrivacyOfficer];

    /// <summary>The Dutch name staff see in the portal.</summary>
    public static string DutchName(string role) => role switch
    {
        CallCentre => "Klantcontact",
        Administrator => "Beheerder",
        PrivacyOfficer => "Functionaris Gegevensbescherming",
        SystemUser.Role => "automatische taak",
        _ => role,
    };

    public static bool IsKnown(string role) => All.Contains(role);
}
