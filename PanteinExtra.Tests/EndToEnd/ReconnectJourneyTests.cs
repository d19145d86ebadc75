using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>When the circuit's connection drops, the agent reads in Dutch what is happening, and the page goes on where it was.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReconnectJourneyTests(BrowserFixture browser)
{
    [GeneratedRegex("/_blazor")]
    private static partial Regex CircuitSocket();

    [Fact]
    public async Task WhenTheConnectionDrops_TheAgentSeesADutchReconnectDialog_AndAfterTheReconnectTheTypedSearchStillWorks()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));

        // Every circuit socket of this page passes through the test, which can drop it and refuse new ones (the
        // negotiation too, or the client would fall back to another transport).
        IWebSocketRoute? current = null;
        var reachable = true;
        await page.Context.RouteAsync("**/_blazor/negotiate**", route => reachable ? route.ContinueAsync() : route.AbortAsync());
        await page.Context.RouteWebSocketAsync(CircuitSocket(), async socket =>
        {
            if (!reachable)
            {
                await socket.CloseAsync();
                return;
            }

            current = socket;
            socket.ConnectToServer();
        });
        await BrowserFixture.GotoAsync(page, "/leden");
        var dialog = page.GetByTestId("verbinding-herstellen");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("circuit-error")).ToBeHiddenAsync();
        Assert.Contains("Er is iets misgegaan", await page.GetByTestId("circuit-error").TextContentAsync());
        await page.GetByTestId("member-search-input").FillAsync("Jansen");

        reachable = false;
        await current!.CloseAsync();

        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("De verbinding met het portaal is even weg.", new() { UseInnerText = true });
        var shown = await dialog.InnerTextAsync();
        Assert.DoesNotContain("Rejoin", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Retry", shown, StringComparison.OrdinalIgnoreCase);

        // The first attempt fails: one text, with the seconds to the next attempt and the word that goes with the number.
        await Assertions.Expect(page.Locator("#components-reconnect-modal.components-reconnect-retrying")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(dialog).ToContainTextAsync("de volgende poging is over", new() { UseInnerText = true });
        await Assertions.Expect(dialog).Not.ToContainTextAsync("We proberen opnieuw te verbinden", new() { UseInnerText = true });
        var countdown = (await dialog.InnerTextAsync()).Split("poging is over ")[1];
        Assert.Matches(@"^(1 seconde|([02-9]|\d{2,}) seconden)\.", countdown);

        // The connection is back: the dialog closes by itself and the same circuit carries on with what was typed.
        reachable = true;
        await Assertions.Expect(dialog).ToBeHiddenAsync(new() { Timeout = 45_000 });
        await Assertions.Expect(page.GetByTestId("member-search-input")).ToHaveValueAsync("Jansen");
        await page.GetByTestId("member-search-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-result").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
