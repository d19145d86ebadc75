using MudBlazor;
using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Portal.Features.AccessLog;

/// <summary>Dutch words for audit values.</summary>
public static class AuditText
{
    public static string Action(AuditAction action) => action switch
    {
        AuditAction.View => "inzage",
        AuditAction.Search => "zoeken",
        AuditAction.Create => "aanmaken",
        AuditAction.Update => "wijzigen",
        AuditAction.Delete => "verwijderen",
        AuditAction.Export => "exporteren",
        AuditAction.Print => "afdrukken",
        AuditAction.SignIn => "aanmelden",
        AuditAction.SignOut => "afmelden",
    };

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "gelukt",
        AuditOutcome.Denied => "geweigerd",
        AuditOutcome.Failed => "mislukt",
    };

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
