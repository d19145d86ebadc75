using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.LogControl;

/// <summary>Audit event types of the findings' evidence and the monthly control report.</summary>
public static class LogControlReviewEventTypes
{
    [Display(Name = "bevinding van de logcontrole met bewijs geopend")]
    public const string FindingView = "LogControl:FindingView";

    [Display(Name = "maandrapport van de logcontrole ingezien")]
    public const string ReportView = "LogControl:ReportView";

    [Display(Name = "maandrapport van de logcontrole gewijzigd")]
    public const string ReportChange = "LogControl:ReportChange";

    [Display(Name = "maandrapport van de logcontrole geëxporteerd")]
    public const string ReportExport = "LogControl:ReportExport";
}
