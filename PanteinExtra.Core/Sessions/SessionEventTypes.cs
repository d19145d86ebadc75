namespace PanteinExtra.Core.Sessions;

/// <summary>
/// Audit event types of staff sessions, with their Dutch names for the access log. Sign-in and sign-out themselves are
/// <see cref="Auditing.AuditEventTypes.SignIn"/> and <see cref="Auditing.AuditEventTypes.SignOut"/>.
/// </summary>
public static class SessionEventTypes
{
    [Display(Name = "sessie verlopen")] public const string Expired = "Session:Expired";
    [Display(Name = "actieve sessies ingezien")] public const string ListActive = "Session:ListActive";
    [Display(Name = "sessies van een medewerker beëindigd")] public const string EndAllOfEmployee = "Session:EndAllOfEmployee";
}
