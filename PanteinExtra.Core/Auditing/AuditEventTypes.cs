using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// Event type names, `Entity:Action` as in Audit.NET, each with its Dutch name (<see cref="AuditEventNames"/>).
/// Features add their own in a `*EventTypes` class next to their services.
/// </summary>
public static class AuditEventTypes
{
    [Display(Name = "aangemeld")]
    public const string SignIn = "Session:SignIn";

    [Display(Name = "afgemeld")]
    public const string SignOut = "Session:SignOut";

    [Display(Name = "pagina geopend")]
    public const string PageAccess = "Page:Access";

    [Display(Name = "toegangslog doorzocht")]
    public const string AuditLogSearch = "AuditLog:Search";

    [Display(Name = "keten van de toegangslog gecontroleerd")]
    public const string AuditLogVerify = "AuditLog:Verify";

    [Display(Name = "controlepunt van de toegangslog vastgelegd")]
    public const string AuditLogCheckpoint = "AuditLog:Checkpoint";

    [Display(Name = "toegangslog ingekort volgens de bewaartermijn")]
    public const string AuditLogPrune = "AuditLog:Prune";

    [Display(Name = "toegangslog geëxporteerd")]
    public const string AuditLogExport = "AuditLog:Export";

    /// <summary>The event type for a write recorded by the SaveChanges interceptor.</summary>
    public static string ForWrite(string entityName, AuditAction action) => $"{entityName}:{action}";
}
