using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.Core.Common;

public sealed class DutchTests
{
    [Fact]
    public void Number_UsesADotForThousands() => Assert.Equal("19.784", Dutch.Number(19_784));

    [Theory]
    [InlineData(0, "0 resultaten")]
    [InlineData(1, "1 resultaat")]
    [InlineData(19_784, "19.784 resultaten")]
    public void Count_ChoosesSingularOrPlural(long count, string expected) =>
        Assert.Equal(expected, Dutch.Count(count, "resultaat", "resultaten"));

    [Fact]
    public void Money_IsInEurosWithADecimalComma() => Assert.Equal("€ 1.234,50", Dutch.Money(1234.5m));

    [Fact]
    public void Moment_IsInDutchTime_AcrossDaylightSaving()
    {
        Assert.Equal("01-07-2026 14:00", Dutch.Moment(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("01-12-2026 13:00", Dutch.Moment(new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void LongDate_ReadsAsInALetter() => Assert.Equal("1 december 2026", Dutch.LongDate(new DateOnly(2026, 12, 1)));

    [Fact]
    public void Postcode_HasASpaceBeforeTheLetters() => Assert.Equal("6003 KM", Dutch.Postcode("6003KM"));
}
