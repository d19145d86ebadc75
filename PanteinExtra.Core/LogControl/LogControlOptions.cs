namespace PanteinExtra.Core.LogControl;

/// <summary>Settings of the control rules (configuration section "LogControl").</summary>
public sealed class LogControlOptions
{
    /// <summary>Dutch hour from which access counts as within working hours.</summary>
    public int WorkdayStartHour { get; set; } = 7;

    /// <summary>Dutch hour from which access counts as outside working hours again.</summary>
    public int WorkdayEndHour { get; set; } = 20;

    /// <summary>Saturdays and Sundays count as outside working hours.</summary>
    public bool WeekendIsOutsideWorkingHours { get; set; } = true;

    /// <summary>A day counts as far above the baseline above this factor of the employee's own 30-day daily average...</summary>
    public double VolumeFactor { get; set; } = 3.0;

    /// <summary>...and above this many accesses to households.</summary>
    public int VolumeMinimum { get; set; } = 50;

    /// <summary>Fishing: at least this many searches in a day...</summary>
    public int FishingMinimumSearches { get; set; } = 30;

    /// <summary>...with fewer caller checks than this share of the searches.</summary>
    public double FishingCallsPerSearch { get; set; } = 0.2;

    /// <summary>Dutch hour from which the nightly control runs over the previous day.</summary>
    public int NightlyHour { get; set; } = 3;

    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an instance may hold the nightly run; an instance that dies mid-run frees it after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Bulk downloads: more than this many downloads, exports or prints of personal data by one employee in a day.</summary>
    public int BulkDownloadThreshold { get; set; } = 20;
}
