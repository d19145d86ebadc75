namespace PanteinExtra.Core.LogControl;

/// <summary>Settings of the monthly control report (configuration section "LogControl:Report").</summary>
public sealed class ControlReportOptions
{
    /// <summary>How many household views the portal draws from the month for the FG to check by hand.</summary>
    public int SampleSize { get; set; } = 25;
}
