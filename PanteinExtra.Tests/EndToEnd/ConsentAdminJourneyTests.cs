using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ConsentAdminJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_FindsPurposesAndProvidersInTheMenu_AndRewordsAPurposeIntoANewVersion()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.Administrator));

        await page.GetByTestId("nav").GetByText("Toestemmingsdoelen").ClickAsync();
        var panel = page.Locator("[data-testid=purpose][data-code=online-magazine]");
        await panel.GetByTestId("purpose-reword").ClickAsync();
        await page.GetByTestId("purpose-new-wording").FillAsync("Mag Pantein Extra u elk kwartaal het online magazine mailen?");
        await page.GetByTestId("purpose-new-wording-save").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("purpose-wording")).ToContainTextAsync("elk kwartaal");
        await Assertions.Expect(panel).ToContainTextAsync("Eerdere versies (1)");

        await page.GetByTestId("nav").GetByText("Dienstverleners").ClickAsync();
        await Assertions.Expect(page.GetByTestId("provider-row").Filter(new() { HasText = "Zeker Thuis" }))
            .ToContainTextAsync("niet gekoppeld aan het register");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Agent_SeesNoAdminEntries_AndTypingTheAddressGivesGeenToegang()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));

        await Assertions.Expect(page.GetByTestId("nav").GetByText("Toestemmingsdoelen")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("nav").GetByText("Dienstverleners")).ToHaveCountAsync(0);
        await BrowserFixture.GotoAsync(page, "/beheer/dienstverleners");
        await Assertions.Expect(page.GetByTestId("geen-toegang")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
