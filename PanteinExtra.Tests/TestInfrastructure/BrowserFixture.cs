using Microsoft.Playwright;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// The real portal on a loopback port (first-run demo data included) and Debian's Chromium driven by Playwright
/// (each browser context gets a throwaway profile in the temp folder, nothing under $HOME).
/// Shared by the end-to-end tests of one collection; each test opens its own browser context (own cookies).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public PortalFactory Portal { get; } = new() { SeedDemoData = true, RunBackgroundWork = true };

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        BaseUrl = Portal.UseRealServer().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context and page, signed in as the demo employee through the sign-in page.</summary>
    public async Task<IPage> SignedInPageAsync(string employeeId)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL" });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByTestId($"sign-in-{employeeId}").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/aanmelden"));
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits until the Blazor circuit is up: a click on the prerendered page before then is lost.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>A full page load (typed address), then wait for the circuit.</summary>
    public static async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }

    /// <summary>
    /// Signs out with the header's button, once the form carries its antiforgery token (the circuit renders the header
    /// again when it starts; a click on the form being replaced is lost), and waits for the sign-in page.
    /// </summary>
    public static async Task SignOutAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("form[action='/auth/sign-out'] input[name='__RequestVerificationToken']")).ToHaveCountAsync(1);
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/aanmelden"));
    }

    /// <summary>Picks an option of a MudSelect by its text, retrying when the popover closed before the click landed.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string option)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await page.Locator(".mud-popover-open .mud-list-item").CountAsync() == 0)
            {
                await page.GetByTestId(testId).ClickAsync();
            }

            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
            try
            {
                await Assertions.Expect(page.GetByTestId(testId)).ToHaveTextAsync(option, new() { Timeout = 3000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}

/// <summary>The browser journeys share one portal; they run one at a time, after the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>A portal of its own, for journeys that change the shared demo data wholesale (a retention run).</summary>
public sealed class IsolatedBrowserFixture : BrowserFixture;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IsolatedBrowserCollection : ICollectionFixture<IsolatedBrowserFixture>
{
    public const string Name = "Isolated browser";
}
