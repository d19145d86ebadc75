using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Portal.Features.Confidentiality;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Confidentiality;

public sealed class ConfidentialityPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(ConfidentialityService)];

    private async Task ExpireAsync()
    {
        await using var db = Core.RawDb();
        var entry = await db.StaffDirectory.SingleAsync(s => s.UserId == "test-callcentre");
        entry.ConfirmConfidentiality(DutchTime.Today(Core.Clock).AddYears(-1).AddDays(-1));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AnExpiredConfirmation_ShowsTheDuty_AndTheButtonRecordsTodayAndGoesBack()
    {
        await ExpireAsync();
        SignInAs(Roles.CallCentre);
        var navigation = Context.Services.GetRequiredService<NavigationManager>();

        navigation.NavigateTo("/geheimhouding?terug=%2Fleden");
        var cut = Context.Render<ConfidentialityPage>();

        cut.WaitForAssertion(() => Assert.Contains("verlopen", cut.Find("[data-testid=confidentiality-needed]").TextContent));
        Assert.Contains("verplicht tot geheimhouding", cut.Find("[data-testid=confidentiality-duty]").TextContent);
        Assert.Equal("Ik bevestig mijn geheimhoudingsplicht", cut.Find("[data-testid=confirm-confidentiality]").TextContent.Trim());
        cut.Find("[data-testid=confirm-confidentiality]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/leden", navigation.Uri));
        await using var db = Core.RawDb();
        Assert.Equal(DutchTime.Today(Core.Clock), (await db.StaffDirectory.SingleAsync(s => s.UserId == "test-callcentre")).ConfidentialityConfirmedOn);
    }

    [Fact]
    public void ACurrentConfirmation_ShowsItsDateAndWhenToRenew()
    {
        SignInAs(Roles.CallCentre);

        var cut = Context.Render<ConfidentialityPage>();

        cut.WaitForAssertion(() => Assert.Contains($"U bevestigde uw geheimhoudingsplicht op {Dutch.LongDate(DutchTime.Today(Core.Clock))}", cut.Find("[data-testid=confidentiality-current]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=confirm-confidentiality]"));
    }

    [Fact]
    public void AReturnPathOutsideThePortal_IsNotFollowed()
    {
        SignInAs(Roles.CallCentre);
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/geheimhouding?terug=%2F%2Felders.example%2Fx");
        var cut = Context.Render<ConfidentialityPage>();

        cut.WaitForAssertion(() => Assert.Equal("/", cut.Find("[data-testid=confidentiality-continue]").GetAttribute("href")));
    }
}
