using System.ComponentModel.DataAnnotations;

namespace PanteinExtra.Core.LogControl;

public static class LogControlEventTypes
{
    [Display(Name = "logcontrole uitgevoerd")]
    public const string Run = "LogControl:Run";

    [Display(Name = "bevindingen van de logcontrole ingezien")]
    public const string FindingsView = "LogControl:View";

    [Display(Name = "bevinding van de logcontrole beoordeeld")]
    public const string Review = "LogControl:Review";
}
