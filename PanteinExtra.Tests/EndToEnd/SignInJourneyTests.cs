using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Roles.CallCentre, "home-callcentre", "Sanne de Jong", "Klantcontact")]
    [InlineData(Roles.Administrator, "home-administrator", "Ingrid Visser", "Beheerder")]
    [InlineData(Roles.PrivacyOfficer, "home-privacyofficer", "Mohammed el Amrani", "Functionaris Gegevensbescherming")]
    public async Task Employee_SignsInFromTheSignInPage_AndSeesTheHomePageOfTheirRole(string role, string home, string name, string dutchRole)
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(role));

        await Assertions.Expect(page.GetByTestId(home)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(dutchRole);
        var accessLogLink = page.GetByTestId("nav").GetByText("Toegangslog");
        if (role == Roles.PrivacyOfficer)
        {
            await Assertions.Expect(accessLogLink).ToBeVisibleAsync();
        }
        else
        {
            await Assertions.Expect(accessLogLink).ToHaveCountAsync(0);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Fg_OpensTheAccessLog_SeesTheirOwnSignIn_AndFindsTheChainIntact()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.PrivacyOfficer));

        await page.GetByTestId("nav").GetByText("Toegangslog").ClickAsync();
        await Assertions.Expect(page.GetByTestId("access-log-grid")).ToContainTextAsync("Aangemeld");
        await page.GetByTestId("verify-chain").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chain-result")).ToContainTextAsync("onbeschadigd");

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_TypingTheAccessLogAddress_GetsGeenToegang_AndThenSignsOut()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));

        await BrowserFixture.GotoAsync(page, "/toegangslog");
        await Assertions.Expect(page.GetByTestId("geen-toegang")).ToBeVisibleAsync();

        await BrowserFixture.SignOutAsync(page);
        await Assertions.Expect(page.GetByText("U bent afgemeld.")).ToBeVisibleAsync();

        await page.Context.CloseAsync();
    }
}
