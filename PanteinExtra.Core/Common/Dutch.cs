using System.Globalization;

namespace PanteinExtra.Core.Common;

/// <summary>
/// How dates, times, numbers and amounts read for staff and members (nl-NL, Dutch time): the one place that formats
/// them, for screens, letters, reports and exports alike. Machine formats (ISO dates in JSON and file names) do
/// not come from here.
/// </summary>
public static class Dutch
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The pattern of <see cref="Date(DateOnly?)"/>, for a date picker that shows and reads dates the same way.</summary>
    public const string DateFormat = "dd-MM-yyyy";

    /// <summary>"01-12-2026"; empty for no date.</summary>
    public static string Date(DateOnly? date) => date?.ToString(DateFormat, Culture) ?? "";

    /// <summary>The calendar date in the Netherlands of an instant: "01-12-2026".</summary>
    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(DutchTime.ToDutch(utc)));

    /// <summary>"1 december 2026", as in a letter.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"dinsdag 1 december 2026".</summary>
    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"december 2026".</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Culture);

    /// <summary>"dec. 2026", for a chart's axis.</summary>
    public static string ShortMonth(int year, int month) => new DateOnly(year, month, 1).ToString("MMM yyyy", Culture);

    /// <summary>"dec.", for a chart's axis.</summary>
    public static string ShortMonth(int month) => new DateOnly(2000, month, 1).ToString("MMM", Culture);

    /// <summary>"1 dec.", for a chart's axis.</summary>
    public static string ShortDay(DateOnly date) => date.ToString("d MMM", Culture);

    /// <summary>The Dutch clock time of an instant: "14:05".</summary>
    public static string Time(DateTime utc) => DutchTime.ToDutch(utc).ToString("HH:mm", Culture);

    /// <summary>An instant in Dutch time: "01-12-2026 14:05"; empty for none.</summary>
    public static string Moment(DateTime? utc) => utc is { } u ? DutchTime.ToDutch(u).ToString("dd-MM-yyyy HH:mm", Culture) : "";

    /// <summary>An instant in Dutch time to the second: "01-12-2026 14:05:09" (the access log).</summary>
    public static string PreciseMoment(DateTime utc) => DutchTime.ToDutch(utc).ToString("dd-MM-yyyy HH:mm:ss", Culture);

    /// <summary>"19.784".</summary>
    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>"3,5" (with the given number of decimals).</summary>
    public static string Number(decimal value, int decimals) => value.ToString("N" + decimals, Culture);

    /// <summary>"€ 1.234,50".</summary>
    public static string Money(decimal amount) => amount.ToString("C", Culture);

    /// <summary>"1 resultaat", "19.784 resultaten".</summary>
    public static string Count(long count, string singular, string plural) => $"{Number(count)} {(count == 1 ? singular : plural)}";

    /// <summary>"a, b en c": a list inside a sentence.</summary>
    public static string Enumerate(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} en {items[^1]}";

    /// <summary>"6003KM" reads "6003 KM".</summary>
    public static string Postcode(string postcode) => postcode.Length == 6 ? $"{postcode[..4]} {postcode[4..]}" : postcode;
}
