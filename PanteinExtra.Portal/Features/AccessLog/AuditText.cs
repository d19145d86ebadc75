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

    public static string Subject(AuditLogEntry e) =>
        e.SubjectHouseholdId is { } h ? $"huishouden {h.ToString()[..8]}" + (e.SubjectPersonId is { } p ? $", persoon {p.ToString()[..8]}" : "")
        : e.SubjectPersonId is { } person ? $"persoon {person.ToString()[..8]}"
        : "";
}
