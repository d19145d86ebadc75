namespace PanteinExtra.Core.Requests;

/// <summary>
/// The public holidays that move a legal deadline, as the Algemene termijnenwet lists them: New Year's Day, Easter
/// Monday, Ascension Day, Whit Monday, King's Day (27 April, or 26 April when the 27th is a Sunday), 5 May,
/// Christmas Day and Boxing Day. (Good Friday and Easter/Whit Sunday are not among them; Sundays are weekend anyway.)
/// </summary>
public static class DutchPublicHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        return (date.Month, date.Day) switch
        {
            (1, 1) or (5, 5) or (12, 25) or (12, 26) => true,
            (4, 27) => date.DayOfWeek != DayOfWeek.Sunday,
            (4, 26) => date.DayOfWeek == DayOfWeek.Saturday,
            _ => date == easter.AddDays(1) || date == easter.AddDays(39) || date == easter.AddDays(50),
        };
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
