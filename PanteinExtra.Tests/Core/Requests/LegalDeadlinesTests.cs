using PanteinExtra.Core.Requests;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class LegalDeadlinesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 3, 10, 2026, 4, 10)] // Friday 10 April 2026 is a working day (Good Friday is not a holiday here)
    [InlineData(2026, 6, 15, 2026, 7, 15)] // a plain Wednesday
    public void ResponseDeadline_IsTheSameDateNextMonth(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), LegalDeadlines.ResponseDeadline(D(y, m, d)));

    [Fact]
    public void ResponseDeadline_From31January_IsTheLastDayOfFebruary() =>
        Assert.Equal(D(2030, 2, 28), LegalDeadlines.ResponseDeadline(D(2030, 1, 31)));

    [Fact]
    public void ResponseDeadline_From31JanuaryInALeapYear_Is29February() =>
        Assert.Equal(D(2028, 2, 29), LegalDeadlines.ResponseDeadline(D(2028, 1, 31)));

    [Fact]
    public void ResponseDeadline_On28FebruaryWhenThatIsASaturday_MovesToMonday2March() =>
        // 31 January 2026 -> 28 February 2026 (Saturday) -> Monday 2 March.
        Assert.Equal(D(2026, 3, 2), LegalDeadlines.ResponseDeadline(D(2026, 1, 31)));

    [Fact]
    public void ResponseDeadline_OnASunday_MovesToMonday() =>
        // 29 October 2026 -> Sunday 29 November -> Monday 30 November.
        Assert.Equal(D(2026, 11, 30), LegalDeadlines.ResponseDeadline(D(2026, 10, 29)));

    [Fact]
    public void ResponseDeadline_OnChristmasDay_SkipsBoxingDayAndTheWeekend()
    {
        // 25 November 2027 -> 25 December 2027 is a Saturday; 26th Sunday; Monday 27th is a working day.
        Assert.Equal(D(2027, 12, 27), LegalDeadlines.ResponseDeadline(D(2027, 11, 25)));
        // 25 November 2026 -> Friday 25 December 2026, Saturday 26th -> Monday 28 December.
        Assert.Equal(D(2026, 12, 28), LegalDeadlines.ResponseDeadline(D(2026, 11, 25)));
    }

    [Fact]
    public void ResponseDeadline_OnKingsDay_MovesToTheNextWorkingDay() =>
        // 27 April 2028 is a Thursday.
        Assert.Equal(D(2028, 4, 28), LegalDeadlines.ResponseDeadline(D(2028, 3, 27)));

    [Fact]
    public void KingsDay_WhenThe27thIsASunday_IsOnSaturday26th()
    {
        // 27 April 2025 was a Sunday.
        Assert.True(DutchPublicHolidays.IsHoliday(D(2025, 4, 26)));
        Assert.False(DutchPublicHolidays.IsHoliday(D(2025, 4, 27)));
        Assert.True(DutchPublicHolidays.IsHoliday(D(2026, 4, 27)));
        Assert.False(DutchPublicHolidays.IsHoliday(D(2026, 4, 26)));
    }

    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2024, 3, 31)]
    public void EasterSunday_MatchesTheCalendar(int y, int m, int d) =>
        Assert.Equal(D(y, m, d), DutchPublicHolidays.EasterSunday(y));

    [Fact]
    public void MovableHolidays_In2026_AreEasterMondayAscensionAndWhitMonday()
    {
        Assert.True(DutchPublicHolidays.IsHoliday(D(2026, 4, 6)));
        Assert.True(DutchPublicHolidays.IsHoliday(D(2026, 5, 14)));
        Assert.True(DutchPublicHolidays.IsHoliday(D(2026, 5, 25)));
        Assert.False(DutchPublicHolidays.IsHoliday(D(2026, 4, 3))); // Good Friday
    }

    [Fact]
    public void ResponseDeadline_OnAscensionDay_MovesToFriday() =>
        // 14 April 2026 -> Thursday 14 May 2026 (Ascension Day) -> Friday 15 May.
        Assert.Equal(D(2026, 5, 15), LegalDeadlines.ResponseDeadline(D(2026, 4, 14)));

    [Fact]
    public void ExtendedDeadline_IsThreeMonthsAfterReceipt_OnAWorkingDay()
    {
        Assert.Equal(D(2026, 6, 10), LegalDeadlines.ExtendedDeadline(D(2026, 3, 10)));
        // 30 November 2026 + 3 months = 28 February 2027 (Sunday) -> Monday 1 March.
        Assert.Equal(D(2027, 3, 1), LegalDeadlines.ExtendedDeadline(D(2026, 11, 30)));
    }

    [Fact]
    public void MayExtend_OnlyWhileTheFirstMonthRuns()
    {
        var received = D(2026, 3, 10);
        Assert.True(LegalDeadlines.MayExtendOn(D(2026, 4, 10), received));
        Assert.False(LegalDeadlines.MayExtendOn(D(2026, 4, 11), received));
    }

    [Theory]
    [InlineData(2026, 3, 1, DeadlineUrgency.OnTrack)]
    [InlineData(2026, 3, 3, DeadlineUrgency.DueWithinAWeek)]
    [InlineData(2026, 3, 10, DeadlineUrgency.DueWithinAWeek)]
    [InlineData(2026, 3, 11, DeadlineUrgency.Overdue)]
    public void Urgency_StandsOutWithinSevenDaysAndWhenOverdue(int y, int m, int d, DeadlineUrgency expected) =>
        Assert.Equal(expected, LegalDeadlines.Urgency(D(y, m, d), D(2026, 3, 10)));
}
