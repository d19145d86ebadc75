using Bunit;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Components.Shared.Forms;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Forms;

public sealed class TextFieldTests : PortalComponentTest
{
    private IRenderedComponent<TextField> Render(Action<ComponentParameterCollectionBuilder<TextField>> parameters) =>
        Context.Render<TextField>(parameters);

    [Fact]
    public void WithFor_TheInputCarriesTheMaxTextLimitPlusOne()
    {
        var input = new CallNoteInput();
        var cut = Render(p => p.Add(f => f.For, () => input.Text!).Add(f => f.Lines, 3));

        Assert.Equal((MemberLimits.LongText + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("textarea").GetAttribute("maxlength"));
    }

    [Fact]
    public void AGivenMaxLength_Wins()
    {
        var input = new CallNoteInput();
        var cut = Render(p => p.Add(f => f.For, () => input.Text!).Add(f => f.MaxLength, 50));

        Assert.Equal("50", cut.Find("input").GetAttribute("maxlength"));
    }

    [Fact]
    public void WithoutARule_TheInputStillCarriesAMaxlength()
    {
        var input = new ContactDetailsInput();
        var cut = Render(p => p.Add(f => f.For, () => input.Phone!));

        Assert.Equal(TextField.FallbackMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("input").GetAttribute("maxlength"));
    }
}
