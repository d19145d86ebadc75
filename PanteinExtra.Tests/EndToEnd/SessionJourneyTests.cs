using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>A portal whose circuits check their session every second, so a test sees an ended session take effect.</summary>
public sealed class RevalidatingBrowserFixture : BrowserFixture
{
    public RevalidatingBrowserFixture() => Portal.Settings["Auth:RevalidationSeconds"] = "1";
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RevalidatingBrowserCollection : ICollectionFixture<RevalidatingBrowserFixture>
{
    public const string Name = "Revalidating browser";
}

[Collection(RevalidatingBrowserCollection.Name)]
public sealed class SessionJourneyTests(RevalidatingBrowserFixture browser)
{
    [Fact]
    public async Task WhenTheFgEndsAnAgentsSessions_TheAgentsOpenPageGoesToTheSignInPage_WhichSaysWhy()
    {
        var agent = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));
        await BrowserFixture.GotoAsync(agent, "/leden");
        await Assertions.Expect(agent.GetByTestId("member-search-input")).ToBeVisibleAsync();

        // The FG, on the sessions page, ends all of the agent's sessions.
        var fg = await browser.SignedInPageAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        await fg.GetByTestId("nav").GetByText("Sessies").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("sessions")).ToContainTextAsync("Sanne de Jong");
        await fg.GetByTestId($"end-sessions-{DemoEmployees.For(Roles.CallCentre)}").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("sessions")).Not.ToContainTextAsync("Sanne de Jong");

        // The agent's live circuit loses its sign-in within the revalidation interval.
        await agent.WaitForURLAsync(url => url.Contains("/aanmelden"));
        await Assertions.Expect(agent.GetByTestId("session-ended"))
            .ToContainTextAsync("Uw sessie is beëindigd door de functionaris gegevensbescherming.");

        // And the FG's own session is untouched.
        await BrowserFixture.GotoAsync(fg, "/sessies");
        await Assertions.Expect(fg.GetByTestId("sessions")).ToContainTextAsync("Mohammed el Amrani");
        await fg.Context.CloseAsync();
        await agent.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningOut_EndsTheSessionOnTheServer_SoTheCookieCopiedBeforehandIsUseless()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.Administrator));
        var cookies = await page.Context.CookiesAsync();
        var copied = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl });
        await copied.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));

        await BrowserFixture.SignOutAsync(page);
        await Assertions.Expect(page.GetByText("U bent afgemeld.")).ToBeVisibleAsync();

        var thief = await copied.NewPageAsync();
        await thief.GotoAsync("/verwerkingsregister");
        await Assertions.Expect(thief).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/aanmelden"));
        await Assertions.Expect(thief.GetByTestId("session-ended")).ToContainTextAsync("U bent afgemeld.");
        await copied.CloseAsync();
        await page.Context.CloseAsync();
    }
}
