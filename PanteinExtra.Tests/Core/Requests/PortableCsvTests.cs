using PanteinExtra.Core.Requests.Fulfilment;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class PortableCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("Kerkstraat", "Kerkstraat")]
    [InlineData("a;b", "\"a;b\"")]
    public void Cells_ThatASpreadsheetWouldRun_AreNeutralised(string value, string cell) =>
        Assert.Equal(cell, PortableData.Escape(value));
}
