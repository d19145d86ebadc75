using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.Core.Breaches;

public sealed class BreachClockTests
{
    private static DateTime Dutch(int y, int m, int d, int h, int min = 0) => DutchTime.ToUtc(new DateTime(y, m, d, h, min, 0));

    [Theory]
    // Spring forward (02:00 -> 03:00): 72 elapsed hours end one wall-clock hour later.
    [InlineData(2026, 3, 27, 10, 2026, 3, 30, 11)]
    [InlineData(2027, 3, 26, 10, 2027, 3, 29, 11)]
    // Fall back (03:00 -> 02:00): 72 elapsed hours end one wall-clock hour earlier.
    [InlineData(2026, 10, 23, 10, 2026, 10, 26, 9)]
    [InlineData(2027, 10, 29, 10, 2027, 11, 1, 9)]
    // No change in between: the same wall-clock time three days later.
    [InlineData(2026, 6, 1, 10, 2026, 6, 4, 10)]
    public void Deadline_IsSeventyTwoElapsedHoursAfterAwareness_AcrossDaylightSavingWeekends(
        int y, int m, int d, int h, int ey, int em, int ed, int eh)
    {
        var aware = Dutch(y, m, d, h);
        var deadline = BreachClock.DeadlineUtc(aware);

        Assert.Equal(TimeSpan.FromHours(72), deadline - aware);
        Assert.Equal(new DateTime(ey, em, ed, eh, 0, 0), DutchTime.ToDutch(deadline));
    }

    [Theory]
    [InlineData("2026-03-29")]
    [InlineData("2026-10-25")]
    [InlineData("2027-03-28")]
    [InlineData("2027-10-31")]
    public void Deadline_OnTheNightOfTheChangeItself_StillCountsRealHours(string day)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var aware = DutchTime.StartOfDayUtc(date).AddHours(1); // 01:00 Dutch time, just before the change
        var deadline = BreachClock.DeadlineUtc(aware);

        Assert.Equal(72, (deadline - aware).TotalHours);
        Assert.Equal(date.AddDays(3), DateOnly.FromDateTime(DutchTime.ToDutch(deadline)));
    }

    [Fact]
    public void State_WarnsAt24HoursAnd8HoursLeft_AndIsOverdueAfter72()
    {
        var aware = Dutch(2026, 10, 23, 10);

        Assert.Equal(ClockLevel.Running, BreachClock.State(aware, aware.AddHours(47), null, false).Level);
        Assert.Equal(ClockLevel.Under24Hours, BreachClock.State(aware, aware.AddHours(48), null, false).Level);
        Assert.Equal(ClockLevel.Under24Hours, BreachClock.State(aware, aware.AddHours(63.9), null, false).Level);
        Assert.Equal(ClockLevel.Under8Hours, BreachClock.State(aware, aware.AddHours(64), null, false).Level);
        Assert.Equal(ClockLevel.Overdue, BreachClock.State(aware, aware.AddHours(72).AddMinutes(1), null, false).Level);
    }

    [Fact]
    public void State_AfterNotification_SaysInTimeOrLate()
    {
        var aware = Dutch(2026, 3, 27, 10);

        Assert.Equal(ClockLevel.NotifiedInTime, BreachClock.State(aware, aware.AddDays(10), aware.AddHours(71), false).Level);
        Assert.Equal(ClockLevel.NotifiedLate, BreachClock.State(aware, aware.AddDays(10), aware.AddHours(73), false).Level);
        Assert.True(BreachClock.IsLate(aware, aware.AddHours(72).AddSeconds(1)));
        Assert.False(BreachClock.IsLate(aware, aware.AddHours(72)));
    }

    [Fact]
    public void Describe_ShowsTheTimeLeftAndTheDeadlineInDutchTime()
    {
        var aware = Dutch(2026, 3, 27, 10);
        var state = BreachClock.State(aware, aware.AddHours(60).AddMinutes(30), null, false);

        Assert.Equal("Nog 11 uur en 30 minuten (tot 30-03-2026 11:00)", state.Describe());
    }
}
