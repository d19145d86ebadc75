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

/// <summary>
/// Audit event types of the register, `Entity:Action`, with their Dutch names for the access log. Writes are audited as
/// `Entity:Action` by the interceptor and named after the entity (<c>[Display]</c> on <see cref="ProcessingActivity"/> etc.).
/// </summary>
public static class RegisterEventTypes
{
    [Display(Name = "verwerkingsregister geraadpleegd")] public const string Read = "Register:View";
    [Display(Name = "verwerkingsregister gewijzigd")] public const string Edit = "Register:Edit";
    [Display(Name = "verwerkingsregister geëxporteerd")] public const string Export = "Register:Export";
    [Display(Name = "verwerkingsregister geïmporteerd")] public const string Import = "Register:Import";
    [Display(Name = "verwerker of verwerkersovereenkomst gewijzigd")] public const string ProcessorEdit = "Processor:Edit";
}
