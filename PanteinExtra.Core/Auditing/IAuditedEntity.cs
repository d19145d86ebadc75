namespace PanteinExtra.Core.Auditing;

/// <summary>
/// An entity whose writes name a data subject in the access log. Every entity's writes are audited unless it is
/// marked <see cref="NotAuditedAttribute"/>; this interface adds whose data it is.
/// </summary>
public interface IAuditedEntity
{
    Guid? AuditHouseholdId { get; }

    Guid? AuditPersonId { get; }
}

/// <summary>Infrastructure rows (the audit log itself, data-protection keys) whose writes are not audit events.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute : Attribute;
