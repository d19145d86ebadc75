namespace PanteinExtra.Core.Oversight;

/// <summary>Audit event types of the FG's start page.</summary>
public static class OversightEventTypes
{
    [Display(Name = "overzicht van wat de FG moet doen bekeken")] public const string Due = "Oversight:Due";
    [Display(Name = "trends van verzoeken en toegang bekeken")] public const string Trends = "Oversight:Trends";
}
