namespace PanteinExtra.Core.Retention;

/// <summary>Settings of retention work (configuration section "Retention").</summary>
public sealed class RetentionOptions
{
    /// <summary>Households per execution batch; every batch is one transaction with its checkpoint.</summary>
    public int BatchHouseholds { get; set; } = 250;

    /// <summary>How long a claim on retention work lasts without renewal (an instance that died frees it after this).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the worker looks for approved or interrupted runs.</summary>
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the scheduler checks whether today's preview is due.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Dutch hour from which the daily preview is made.</summary>
    public int ScheduledPreviewHour { get; set; } = 2;

    /// <summary>Background work on (the portal) or off (tools that only use the services).</summary>
    public bool RunBackgroundWork { get; set; } = true;
}
