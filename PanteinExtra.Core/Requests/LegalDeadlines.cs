namespace PanteinExtra.Core.Requests;

/// <summary>
/// GDPR Art. 12(3) deadlines, counted as EU Regulation 1182/71 does: a period of months ends on the same calendar
/// date (or, when that month is shorter, its last day: 31 January -> 28/29 February); a deadline on a Saturday,
/// Sunday or Dutch public holiday moves to the next working day. All dates are Dutch calendar dates.
/// </summary>
public static class LegalDeadlines
{
    /// <summary>One month after receipt.</summary>
    public static DateOnly ResponseDeadline(DateOnly receivedOn) => NextWorkingDayFrom(receivedOn.AddMonths(1));

    /// <summary>With the extension by two further months: at most three months after receipt in all.</summary>
    public static DateOnly ExtendedDeadline(DateOnly receivedOn) => NextWorkingDayFrom(receivedOn.AddMonths(3));

    /// <summary>An extension is only allowed while the first month runs (the subject must be told within it).</summary>
    public static bool MayExtendOn(DateOnly today, DateOnly receivedOn) => today <= ResponseDeadline(receivedOn);

    public static DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!DutchPublicHolidays.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>How urgent an open request is on a given day.</summary>
    public static DeadlineUrgency Urgency(DateOnly today, DateOnly deadline) =>
        today > deadline ? DeadlineUrgency.Overdue
        : deadline.DayNumber - today.DayNumber <= 7 ? DeadlineUrgency.DueWithinAWeek
        : DeadlineUrgency.OnTrack;
}

public enum DeadlineUrgency
{
    [Display(Name = "op tijd")] OnTrack,
    [Display(Name = "binnen 7 dagen")] DueWithinAWeek,
    [Display(Name = "termijn verstreken")] Overdue,
}
