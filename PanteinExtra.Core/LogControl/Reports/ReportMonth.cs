using System.Globalization;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.LogControl;

/// <summary>A Dutch calendar month of the control, written "2026-11" in addresses and files.</summary>
public readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>Start of the month in UTC (Dutch midnight).</summary>
    public DateTime FromUtc => DutchTime.StartOfDayUtc(FirstDay);

    /// <summary>Start of the next month in UTC (exclusive end).</summary>
    public DateTime ToUtc => DutchTime.StartOfDayUtc(FirstDay.AddMonths(1));

    public string Code => $"{Year:0000}-{Month:00}";

    /// <summary>"november 2026".</summary>
    public string Label => FirstDay.ToString("MMMM yyyy", Dutch.Culture);

    public ReportMonth Previous => Of(FirstDay.AddMonths(-1));

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static ReportMonth Current(TimeProvider clock) => Of(DutchTime.Today(clock));

    public static bool TryParse(string? code, out ReportMonth month)
    {
        month = default;
        if (code is { Length: 7 } && code[4] == '-'
            && int.TryParse(code[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999
            && int.TryParse(code[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            month = new ReportMonth(year, m);
            return true;
        }

        return false;
    }

    /// <summary>Whether the whole month lies before today (Dutch time).</summary>
    public bool HasEnded(TimeProvider clock) => DutchTime.Today(clock) > LastDay;

    public bool HasBegun(TimeProvider clock) => DutchTime.Today(clock) >= FirstDay;

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => Code;
}
