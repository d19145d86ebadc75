using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;
using Microsoft.Playwright;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>
/// The production sign-in path: the real Microsoft.Identity.Web handler against a local OpenID Connect provider that
/// is configured, and signs tokens, the way Entra ID does (authority, client id and secret, the "roles" claim).
/// </summary>
[Collection(EntraCollection.Name)]
public sealed class EntraSignInJourneyTests(EntraFixture entra)
{
    [Theory]
    [InlineData("fg", Roles.PrivacyOfficer, "/verzoeken", null)]
    [InlineData("beheerder", Roles.Administrator, "/bewaartermijnen", "/verzoeken")]
    [InlineData("klantcontact", Roles.CallCentre, "/leden", "/verzoeken")]
    public async Task AnEmployeeWithAnAppRole_SignsInThroughTheProvider_AndGetsExactlyThatRolesPages(
        string user, string role, string allowedPage, string? refusedPage)
    {
        var page = await entra.NewPageAsync();

        await entra.SignInThroughProviderAsync(page, user);

        await Assertions.Expect(page.GetByTestId("current-user")).ToContainTextAsync(Roles.DutchName(role));
        await BrowserFixture.GotoAsync(page, allowedPage);
        await Assertions.Expect(page.GetByTestId("geen-toegang")).ToHaveCountAsync(0);
        if (refusedPage is not null)
        {
            await page.GotoAsync(refusedPage);
            await Assertions.Expect(page.GetByTestId("geen-toegang")).ToBeVisibleAsync();
        }

        await using var db = entra.Portal.Database.RawDb();
        var signIn = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EventType == AuditEventTypes.SignIn && e.UserName == EntraFixture.NameOf(user))
            .OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(role, signIn.UserRole);
        Assert.Equal(EntraFixture.ObjectIdOf(user).ToString(), signIn.UserId);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEmployeeWithoutAnAppRole_IsRefusedEveryPage_AndEachRefusalIsLogged()
    {
        var page = await entra.NewPageAsync();

        await entra.SignInThroughProviderAsync(page, "zonderrol", confirmConfidentiality: false);

        await Assertions.Expect(page.GetByTestId("geen-toegang")).ToBeVisibleAsync();
        foreach (var path in new[] { "/leden", "/verzoeken", "/bewaartermijnen", "/toegangslog" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByTestId("geen-toegang")).ToBeVisibleAsync();
        }

        await using var db = entra.Portal.Database.RawDb();
        var refused = await db.AuditEvents.AsNoTracking()
            .Where(e => e.UserName == EntraFixture.NameOf("zonderrol") && e.Outcome == AuditOutcome.Denied)
            .Select(e => e.TargetId).ToListAsync();
        Assert.Contains("/leden", refused);
        Assert.Contains("/verzoeken", refused);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ATokenFromAnotherOrganisationsTenant_IsRefused_WithADutchMessage_AndNoSession()
    {
        var page = await entra.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByTestId("entra-sign-in").ClickAsync();

        await page.Locator("[data-user='anderebedrijf']").ClickAsync();

        await Assertions.Expect(page.GetByTestId("sign-in-failed")).ToContainTextAsync("Aanmelden via Microsoft is niet gelukt");
        await page.GotoAsync("/verzoeken");
        await Assertions.Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        await using var db = entra.Portal.Database.RawDb();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.UserName == EntraFixture.NameOf("anderebedrijf")));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.SignIn && e.Outcome == AuditOutcome.Failed));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningOut_EndsTheSessionAtThePortalAndAtTheProvider()
    {
        var page = await entra.NewPageAsync();
        await entra.SignInThroughProviderAsync(page, "fg");
        var portalCookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "PanteinExtra.Auth");

        await BrowserFixture.SignOutAsync(page);

        // Back at the portal's sign-in page by way of the provider's end-session endpoint.
        await Assertions.Expect(page.GetByText("U bent afgemeld.")).ToBeVisibleAsync();
        // The provider's session is gone: signing in again asks who you are.
        await page.GetByTestId("entra-sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("[data-user]").First).ToBeVisibleAsync();
        // And the portal's old cookie opens nothing any more.
        var replay = await entra.NewPageAsync();
        await replay.Context.AddCookiesAsync([new Cookie
        {
            Name = portalCookie.Name, Value = portalCookie.Value, Domain = portalCookie.Domain, Path = portalCookie.Path,
        }]);
        await replay.GotoAsync("/verzoeken");
        await Assertions.Expect(replay.GetByTestId("current-user")).ToHaveCountAsync(0);
        Assert.DoesNotContain("/verzoeken", new Uri(replay.Url).AbsolutePath);
        await page.Context.CloseAsync();
        await replay.Context.CloseAsync();
    }
}

/// <summary>One test identity provider and one portal configured for it (no demo data), with Chromium.</summary>
public sealed class EntraFixture : IAsyncLifetime
{
    private static readonly TestIdentityProvider.User[] Users =
    [
        new("fg", Guid.NewGuid(), "Femke de Graaf", [Roles.PrivacyOfficer]),
        new("beheerder", Guid.NewGuid(), "Bram Bakker", [Roles.Administrator]),
        new("klantcontact", Guid.NewGuid(), "Karin Koster", [Roles.CallCentre]),
        new("zonderrol", Guid.NewGuid(), "Ziggy Zonderrol", []),
        new("anderebedrijf", Guid.NewGuid(), "Olga Onbekend", [Roles.PrivacyOfficer], OtherTenant: Guid.NewGuid()),
    ];

    private TestIdentityProvider _provider = default!;
    private IPlaywright? _playwright;
    private IBrowser _browser = default!;
    private string _baseUrl = "";

    public PortalFactory Portal { get; private set; } = default!;

    public static string NameOf(string user) => Users.Single(u => u.Id == user).Name;

    public static Guid ObjectIdOf(string user) => Users.Single(u => u.Id == user).ObjectId;

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.StartAsync(Users);
        Portal = new PortalFactory
        {
            ConfirmDemoStaff = false,
            TestServices = services =>
            {
                // Only the test certificate of the loopback provider is trusted beyond the system's roots.
                services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = nameof(TestIdentityProvider));
                services.AddHttpClient(nameof(TestIdentityProvider)).ConfigurePrimaryHttpMessageHandler(_provider.TrustingHandler);
                services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = _provider.TrustingHandler());
            },
        };
        foreach (var (key, value) in _provider.PortalSettings())
        {
            Portal.Settings[key] = value;
        }

        _baseUrl = Portal.UseRealServer().TrimEnd('/');
        // The FG's staff directory knows these employees by their Entra object id; none has confirmed confidentiality yet.
        await using (var db = Portal.Database.RawDb())
        {
            db.StaffDirectory.AddRange(Users.Select(u => new StaffDirectoryEntry { UserId = u.ObjectId.ToString(), Name = u.Name, Surname = u.Name.Split(' ')[^1] }));
            await db.SaveChangesAsync();
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context; the provider's certificate is this run's own, so the browser accepts it for loopback.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl, Locale = "nl-NL", IgnoreHTTPSErrors = true });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// "Aanmelden met Microsoft", the provider's sign-in as <paramref name="user"/>, back in the portal; a first sign-in
    /// confirms the duty of confidentiality, as every new employee does.
    /// </summary>
    public async Task SignInThroughProviderAsync(IPage page, string user, bool confirmConfidentiality = true)
    {
        await page.GotoAsync("/aanmelden");
        await page.GetByTestId("entra-sign-in").ClickAsync();
        await page.Locator($"[data-user='{user}']").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(_baseUrl, StringComparison.Ordinal) && !url.Contains("/signin-oidc"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        if (confirmConfidentiality && page.Url.Contains("/geheimhouding"))
        {
            await page.GetByTestId("confirm-confidentiality").ClickAsync();
            // The page navigates inside the circuit: no load event, so wait for the address itself.
            await page.WaitForFunctionAsync("() => !location.pathname.startsWith('/geheimhouding')");
            await BrowserFixture.WaitForInteractiveAsync(page);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EntraCollection : ICollectionFixture<EntraFixture>
{
    public const string Name = "Entra ID sign-in";
}
