using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.Core;

public sealed class DutchTimeTests
{
    [Fact]
    public void StartOfDay_InWinter_IsElevenPmUtcTheDayBefore() =>
        Assert.Equal(new DateTime(2026, 1, 14, 23, 0, 0, DateTimeKind.Utc), DutchTime.StartOfDayUtc(new DateOnly(2026, 1, 15)));

    [Fact]
    public void StartOfDay_InSummer_IsTenPmUtcTheDayBefore() =>
        Assert.Equal(new DateTime(2026, 7, 14, 22, 0, 0, DateTimeKind.Utc), DutchTime.StartOfDayUtc(new DateOnly(2026, 7, 15)));

    [Fact]
    public void Today_JustAfterMidnightDutchTime_IsAlreadyTheNextDay()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 1, 1), DutchTime.Today(clock));
    }
}
