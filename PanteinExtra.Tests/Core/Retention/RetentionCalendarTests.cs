using PanteinExtra.Core.Retention;

namespace PanteinExtra.Tests.Core.Retention;

public sealed class RetentionCalendarTests
{
    [Theory]
    [InlineData(RetentionTrigger.MembershipEnded, "2019-03-15", 24, "2021-03-15")]
    [InlineData(RetentionTrigger.Closure, "2023-11-30", 3, "2024-02-29")]
    [InlineData(RetentionTrigger.Creation, "2024-01-31", 1, "2024-02-29")]
    [InlineData(RetentionTrigger.LastContact, "2023-01-31", 1, "2023-02-28")]
    [InlineData(RetentionTrigger.EndDate, "2020-02-29", 12, "2021-02-28")]
    [InlineData(RetentionTrigger.EndDate, "2020-02-29", 48, "2024-02-29")]
    [InlineData(RetentionTrigger.EndOfFinancialYear, "2019-12-31", 84, "2027-01-01")]
    [InlineData(RetentionTrigger.EndOfFinancialYear, "2019-06-30", 84, "2027-01-01")]
    public void ExpiresOn_CountsCalendarMonthsFromTheTrigger(RetentionTrigger trigger, string eventDate, int months, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), RetentionCalendar.ExpiresOn(trigger, DateOnly.Parse(eventDate), months));
    }

    [Theory]
    [InlineData(RetentionTrigger.MembershipEnded, "2019-03-15", 24, "2021-03-14", false)]
    [InlineData(RetentionTrigger.MembershipEnded, "2019-03-15", 24, "2021-03-15", true)]
    [InlineData(RetentionTrigger.EndOfFinancialYear, "2019-12-31", 84, "2026-12-31", false)]
    [InlineData(RetentionTrigger.EndOfFinancialYear, "2019-12-31", 84, "2027-01-01", true)]
    [InlineData(RetentionTrigger.EndDate, "2020-02-29", 12, "2021-02-27", false)]
    [InlineData(RetentionTrigger.EndDate, "2020-02-29", 12, "2021-02-28", true)]
    public void IsExpired_FlipsExactlyOnTheExpiryDay(RetentionTrigger trigger, string eventDate, int months, string today, bool expired)
    {
        Assert.Equal(expired, RetentionCalendar.IsExpired(trigger, DateOnly.Parse(eventDate), months, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData(84, "7 jaar")]
    [InlineData(1, "1 maand")]
    [InlineData(18, "1 jaar en 6 maanden")]
    [InlineData(12, "1 jaar")]
    public void DescribePeriod_SpeaksDutch(int months, string expected) => Assert.Equal(expected, RetentionCalendar.DescribePeriod(months));
}
