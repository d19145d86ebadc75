using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// Art. 33(1): 72 hours from the recorded moment of awareness. The hours are elapsed hours, counted on the UTC
/// instant, so a daylight-saving change in between neither adds nor removes an hour; the deadline is shown in Dutch
/// time (it then reads one hour later or earlier on the wall clock than the moment of awareness).
/// </summary>
public static class BreachClock
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(72);
    public static readonly TimeSpan FirstWarning = TimeSpan.FromHours(24);
    public static readonly TimeSpan LastWarning = TimeSpan.FromHours(8);

    public static DateTime DeadlineUtc(DateTime awareAtUtc) => DateTime.SpecifyKind(awareAtUtc, DateTimeKind.Utc) + Period;

    /// <summary>Whether a notification at <paramref name="notifiedAtUtc"/> is late, so that it must state the reason for the delay.</summary>
    public static bool IsLate(DateTime awareAtUtc, DateTime notifiedAtUtc) => notifiedAtUtc > DeadlineUtc(awareAtUtc);

    public static BreachClockState State(DateTime awareAtUtc, DateTime nowUtc, DateTime? notifiedAtUtc, bool stopped)
    {
        var deadline = DeadlineUtc(awareAtUtc);
        var remaining = deadline - nowUtc;
        var level = notifiedAtUtc is { } n
            ? n > deadline ? ClockLevel.NotifiedLate : ClockLevel.NotifiedInTime
            : stopped ? ClockLevel.Stopped
            : remaining <= TimeSpan.Zero ? ClockLevel.Overdue
            : remaining <= LastWarning ? ClockLevel.Under8Hours
            : remaining <= FirstWarning ? ClockLevel.Under24Hours
            : ClockLevel.Running;
        return new BreachClockState(deadline, remaining, level);
    }
}

/// <summary>The clock at one moment: the deadline (UTC), the time left (negative when past) and the warning level.</summary>
public sealed record BreachClockState(DateTime DeadlineUtc, TimeSpan Remaining, ClockLevel Level)
{
    public bool IsWarning => Level is ClockLevel.Under24Hours or ClockLevel.Under8Hours or ClockLevel.Overdue;

    /// <summary>"nog 23 uur en 5 minuten" or "4 uur en 10 minuten verstreken", for the screen.</summary>
    public string Describe()
    {
        if (Level is ClockLevel.NotifiedInTime or ClockLevel.NotifiedLate or ClockLevel.Stopped)
        {
            return Level.CapitalisedLabel();
        }

        var span = Remaining.Duration();
        var hours = (long)span.TotalHours;
        var text = $"{Dutch.Count(hours, "uur", "uur")} en {Dutch.Count(span.Minutes, "minuut", "minuten")}";
        return Remaining > TimeSpan.Zero ? $"Nog {text} (tot {Dutch.Moment(DeadlineUtc)})" : $"Termijn {text} verstreken (was {Dutch.Moment(DeadlineUtc)})";
    }
}
