namespace PanteinExtra.Core.Auditing;

/// <summary>Event type names, `Entity:Action` as in Audit.NET. Features add their own next to their services.</summary>
public static class AuditEventTypes
{
    public const string SignIn = "Session:SignIn";
    public const string SignOut = "Session:SignOut";
    public const string PageAccess = "Page:Access";
    public const string AuditLogSearch = "AuditLog:Search";
    public const string AuditLogVerify = "AuditLog:Verify";

    /// <summary>The event type for a write recorded by the SaveChanges interceptor.</summary>
    public static string ForWrite(string entityName, AuditAction action) => $"{entityName}:{action}";
}
