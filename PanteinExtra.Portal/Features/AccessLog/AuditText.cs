using MudBlazor;
using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Portal.Features.AccessLog;

/// <summary>Colours and subject lines of the access log (the Dutch names of its values are their labels in Core).</summary>
public static class AuditText
{
    public static Color OutcomeColor(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => Color.Success,
        AuditOutcome.Denied => Color.Error,
        AuditOutcome.Failed => Color.Warning,
    };

    /// <summary>The subject as the FG reads it: member number and main member ("lid 0012345, J. de Vries").</summary>
    public static string Subject(AuditLogEntry e) =>
        e.SubjectMemberNumber is { } number ? $"lid {number}, {e.SubjectName}"
        : e.SubjectHouseholdId is not null ? "huishouden (niet meer aanwezig)"
        : e.SubjectPersonId is not null ? "persoon"
        : "";

    /// <summary>The target as a Dutch entity name (the id stays for tracing).</summary>
    public static string Target(AuditLogEntry e) =>
        e.TargetType is null ? "" : $"{AuditEventNames.EntityName(e.TargetType) ?? ""} {e.TargetId}".Trim();
}
