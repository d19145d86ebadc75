namespace PanteinExtra.Core.Common;

/// <summary>
/// Instants are stored as UTC; staff see and deadlines are counted in Dutch time (Europe/Amsterdam).
/// </summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime ToDutch(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime dutchLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(dutchLocal, DateTimeKind.Unspecified), Zone);

    /// <summary>The calendar date in the Netherlands at the given instant.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToDutch(clock.GetUtcNow().UtcDateTime));

    /// <summary>The UTC instant at which a Dutch calendar date begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => ToUtc(date.ToDateTime(TimeOnly.MinValue));
}
