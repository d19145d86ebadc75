using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Retention;

/// <summary>
/// Expiry arithmetic, in Dutch calendar dates. A period runs from its start date; on the day it ends the record
/// has expired (kept "2 years from 15-03-2019" means eligible from 15-03-2021). Months are calendar months: a
/// period starting on 29-02 or 31-01 ends on the last day of a shorter month.
/// </summary>
public static class RetentionCalendar
{
    /// <summary>The day the period starts. For a financial year (a calendar year) that is the 1st of January after it.</summary>
    public static DateOnly StartOf(RetentionTrigger trigger, DateOnly eventDate) => trigger switch
    {
        RetentionTrigger.EndOfFinancialYear => new DateOnly(eventDate.Year + 1, 1, 1),
        RetentionTrigger.MembershipEnded or RetentionTrigger.Closure or RetentionTrigger.Creation
            or RetentionTrigger.LastContact or RetentionTrigger.EndDate or RetentionTrigger.Withdrawal => eventDate,
    };

    public static DateOnly ExpiresOn(RetentionTrigger trigger, DateOnly eventDate, int periodMonths) =>
        StartOf(trigger, eventDate).AddMonths(periodMonths);

    public static bool IsExpired(RetentionTrigger trigger, DateOnly eventDate, int periodMonths, DateOnly today) =>
        ExpiresOn(trigger, eventDate, periodMonths) <= today;

    /// <summary>
    /// A database pre-filter: every event on or before this date may have expired (a few days of slack for
    /// month-end clamping); <see cref="IsExpired"/> decides exactly.
    /// </summary>
    public static DateOnly LatestPossibleEventDate(DateOnly today, int periodMonths) => today.AddMonths(-periodMonths).AddDays(3);

    /// <summary>The same pre-filter as an instant, for events stored as UTC timestamps.</summary>
    public static DateTime LatestPossibleEventUtc(DateOnly today, int periodMonths) =>
        DutchTime.StartOfDayUtc(LatestPossibleEventDate(today, periodMonths).AddDays(1));

    /// <summary>"7 jaar", "18 maanden", "1 jaar en 6 maanden".</summary>
    public static string DescribePeriod(int months)
    {
        var years = Dutch.Count(months / 12, "jaar", "jaar");
        var rest = Dutch.Count(months % 12, "maand", "maanden");
        return (months / 12, months % 12) switch
        {
            (0, _) => rest,
            (_, 0) => years,
            _ => $"{years} en {rest}",
        };
    }

    /// <summary>The reason line of a preview item, e.g. "einde lidmaatschap 15-03-2019 + 2 jaar: verlopen op 15-03-2021".</summary>
    public static string Reason(RetentionTrigger trigger, DateOnly eventDate, int periodMonths)
    {
        var from = trigger == RetentionTrigger.EndOfFinancialYear ? $"boekjaar {eventDate.Year}" : $"{trigger.Label()} {Dutch.Date(eventDate)}";
        return $"{from} + {DescribePeriod(periodMonths)}: verlopen op {Dutch.Date(ExpiresOn(trigger, eventDate, periodMonths))}";
    }
}
