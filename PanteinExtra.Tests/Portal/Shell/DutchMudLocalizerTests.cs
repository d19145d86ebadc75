using PanteinExtra.Portal.Components.Shared;

namespace PanteinExtra.Tests.Portal.Shell;

public sealed class DutchMudLocalizerTests
{
    private readonly DutchMudLocalizer _localizer = new();

    [Fact]
    public void PagerInfo_WritesLargeNumbersWithADot()
    {
        Assert.Equal("1-25 van 19.602", _localizer["MudDataGridPager_InfoFormat", 1, 25, 19_602].Value);
    }

    [Fact]
    public void PagerInfo_RewritesNumbersAlreadyWrittenTheEnglishWay()
    {
        Assert.Equal("1.001-1.025 van 19.602", _localizer["MudDataGridPager_InfoFormat", "1,001", "1,025", "19,602"].Value);
    }

    [Fact]
    public void UnknownKey_IsReportedAsNotFound()
    {
        Assert.True(_localizer["Mud_SomethingNew"].ResourceNotFound);
    }
}
