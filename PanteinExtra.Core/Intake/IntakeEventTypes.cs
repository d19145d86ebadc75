namespace PanteinExtra.Core.Intake;

/// <summary>Audit event types of the website's inbox, with their Dutch names for the access log.</summary>
public static class IntakeEventTypes
{
    /// <summary>Also the interceptor's code for a new item, so both read the same.</summary>
    [Display(Name = "websiteformulier ontvangen")] public const string Submit = "IntakeItem:Create";
    [Display(Name = "websiteformulier geweigerd (geen geldige sleutel)")] public const string Denied = "Intake:Denied";
    [Display(Name = "websiteformulier afgewezen (ongeldig)")] public const string Invalid = "Intake:Invalid";
    [Display(Name = "postvak websiteformulieren bekeken")] public const string List = "Intake:List";
    [Display(Name = "websiteformulier ingezien")] public const string View = "Intake:View";
    [Display(Name = "huishouden gezocht bij websiteformulier")] public const string Match = "Intake:Match";
    [Display(Name = "websiteformulier afgewezen")] public const string Reject = "Intake:Reject";
    [Display(Name = "websiteformulier gekoppeld aan huishouden")] public const string Link = "Intake:Link";
}
