namespace PanteinExtra.Core.Retention;

/// <summary>
/// Audit event types of the retention feature ("Entity:Action"), with their Dutch names for the access log. Writes
/// are also audited as `Entity:Action` by the interceptor and named after the entity (<c>[Display]</c> on
/// <see cref="RetentionPolicy"/>, <see cref="LegalHold"/>, <see cref="RetentionRun"/>).
/// </summary>
public static class RetentionEventTypes
{
    [Display(Name = "bewaarbeleid ingezien")] public const string PolicyView = "RetentionPolicy:View";
    [Display(Name = "bewaarbeleid gewijzigd")] public const string PolicyChange = "RetentionPolicy:Change";
    [Display(Name = "bewaarblokkades ingezien")] public const string HoldView = "LegalHold:View";
    [Display(Name = "bewaarblokkade ingesteld")] public const string HoldSet = "LegalHold:Set";
    [Display(Name = "bewaarblokkade opgeheven")] public const string HoldLift = "LegalHold:Lift";
    [Display(Name = "voorbeeld van een opschoonrun gemaakt")] public const string RunPreview = "RetentionRun:Preview";
    [Display(Name = "opschoonrun ingezien")] public const string RunView = "RetentionRun:View";
    [Display(Name = "opschoonrun goedgekeurd")] public const string RunApprove = "RetentionRun:Approve";
    [Display(Name = "opschoonrun uitgevoerd")] public const string RunExecute = "RetentionRun:Execute";
    [Display(Name = "opschoonrun gestopt")] public const string RunStop = "RetentionRun:Stop";
    [Display(Name = "rapport van een opschoonrun geëxporteerd")] public const string RunExport = "RetentionRun:Export";
}
