namespace PanteinExtra.Core.Auditing;

/// <summary>
/// Appends access events. Reads of personal data call this before returning data: when it throws, the caller
/// must not return the data (fail closed).
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditRecord record, CancellationToken ct = default);
}
