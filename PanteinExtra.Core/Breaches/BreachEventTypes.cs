namespace PanteinExtra.Core.Breaches;

/// <summary>Audit event types of the breach register; writes are named after the entities by the interceptor.</summary>
public static class BreachEventTypes
{
    [Display(Name = "datalek gemeld")] public const string Report = "Breach:Report";
    [Display(Name = "eigen datalekmeldingen bekeken")] public const string Mine = "Breach:Mine";
    [Display(Name = "datalekregister bekeken")] public const string Register = "Breach:Register";
    [Display(Name = "datalekdossier geopend")] public const string View = "Breach:View";
    [Display(Name = "datalekdossier gewijzigd")] public const string Change = "Breach:Change";
    [Display(Name = "betrokkenen bij datalek afgeleid uit de toegangslog")] public const string DeriveAffected = "Breach:DeriveAffected";
    [Display(Name = "betrokkenen bij datalek gezocht")] public const string FindAffected = "Breach:FindAffected";
    [Display(Name = "datalekregister geëxporteerd")] public const string Export = "Breach:Export";
    [Display(Name = "datalekdossier afgedrukt")] public const string Print = "Breach:Print";
}
