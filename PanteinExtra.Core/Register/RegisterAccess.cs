using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

/// <summary>
/// Who may do what with the register. It describes processing, not a person, so every employee may read it;
/// only administrators and the FG change, import or export it.
/// </summary>
public static class RegisterAccess
{
    public static readonly IReadOnlyCollection<string> Readers = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer];

    public static readonly IReadOnlyCollection<string> Editors = [Roles.Administrator, Roles.PrivacyOfficer];

    /// <summary>For [Authorize(Roles = ...)] and RequireAuthorization.</summary>
    public const string EditorRoles = $"{Roles.Administrator},{Roles.PrivacyOfficer}";
}

/// <summary>Audit event types of the register, `Entity:Action`.</summary>
public static class RegisterEventTypes
{
    public const string Read = "Register:View";
    public const string Edit = "Register:Edit";
    public const string Export = "Register:Export";
    public const string Import = "Register:Import";
    public const string ProcessorEdit = "Processor:Edit";
}
