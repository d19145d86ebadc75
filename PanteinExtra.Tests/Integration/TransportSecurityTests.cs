using System.Net;
using System.Text.RegularExpressions;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

/// <summary>
/// Outside Development on real Kestrel (loopback, plain http), as behind a TLS-terminating proxy: the forwarded scheme
/// is believed only from a known proxy, and then cookies are Secure and HSTS is sent; plain http is redirected.
/// </summary>
public sealed partial class TransportSecurityTests : IAsyncLifetime
{
    private const string Host = "portaal.panteinextra.nl";

    private readonly PortalFactory _behindProxy = Production(knownProxy: "127.0.0.1");
    private readonly PortalFactory _unknownProxy = Production(knownProxy: null);
    private string _behindProxyUrl = "";
    private string _unknownProxyUrl = "";

    private static PortalFactory Production(string? knownProxy)
    {
        var factory = new PortalFactory { Environment = "Production", Settings = { ["Auth:AllowDevSignIn"] = "true" } };
        if (knownProxy is not null)
        {
            factory.Settings["ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }

        return factory;
    }

    public Task InitializeAsync()
    {
        _behindProxyUrl = _behindProxy.UseRealServer();
        _unknownProxyUrl = _unknownProxy.UseRealServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _behindProxy.DisposeAsync();
        await _unknownProxy.DisposeAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(string baseUrl, HttpMethod method, string path, bool forwardedHttps, string? cookie = null, HttpContent? content = null)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = Host;
        if (forwardedHttps)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Fact]
    public async Task BehindAKnownProxy_CookiesAreSecure_AndHstsIsSent()
    {
        var page = await SendAsync(_behindProxyUrl, HttpMethod.Get, "/aanmelden", forwardedHttps: true);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")));
        var antiforgery = Assert.Single(SetCookies(page), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var signIn = await SendAsync(_behindProxyUrl, HttpMethod.Post, "/auth/dev-sign-in", forwardedHttps: true, antiforgery.Split(';')[0],
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["EmployeeId"] = DemoEmployees.For(Roles.CallCentre),
                ["ReturnUrl"] = "/",
            }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = Assert.Single(SetCookies(signIn), c => c.StartsWith("PanteinExtra.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps_ButHealthStillAnswers()
    {
        var page = await SendAsync(_behindProxyUrl, HttpMethod.Get, "/aanmelden", forwardedHttps: false);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal($"https://{Host}/aanmelden", page.Headers.Location!.ToString());
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(_behindProxyUrl, HttpMethod.Get, "/health/ready", forwardedHttps: false)).StatusCode);
    }

    [Fact]
    public async Task AForwardedScheme_FromAProxyThatIsNotListed_IsIgnored()
    {
        var page = await SendAsync(_unknownProxyUrl, HttpMethod.Get, "/aanmelden", forwardedHttps: true);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.DoesNotContain(SetCookies(page), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
