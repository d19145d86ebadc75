using System.Diagnostics;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// Per-scope (per circuit or request) facts that every audit event of that scope carries:
/// the purpose of use the employee declared, and a correlation id when no trace is active.
/// </summary>
public sealed class AuditContext
{
    private readonly string _correlationId = ActivityTraceId.CreateRandom().ToString();

    /// <summary>E.g. "telefonisch contact: lid zelf, geverifieerd". Set by the caller check, a request, a retention run.</summary>
    public string? PurposeOfUse { get; set; }

    public string TraceId => Activity.Current?.TraceId.ToString() ?? _correlationId;
}
