using System.Net;
using System.Text.RegularExpressions;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class SecurityHeadersTests(SecurityHeadersTests.Fixture portal) : IClassFixture<SecurityHeadersTests.Fixture>
{
    public sealed class Fixture : PortalFactory;

    private static void AssertHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void ThePolicy_AllowsNoInlineScript_NoPlugins_NoForeignBase_NoFraming_AndNoFormAction()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy;
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("base-uri 'self'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.DoesNotContain("form-action", policy);
    }

    [Theory]
    [InlineData("/aanmelden")]
    [InlineData("/niet-bestaande-pagina")]
    [InlineData("/health/ready")]
    public async Task AnonymousAnswers_CarryTheHeaders(string path) =>
        AssertHeaders(await portal.CreateBrowserlikeClient().GetAsync(path));

    [Fact]
    public async Task APage_CarriesTheHeaders_AndRendersNoInlineScript()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));

        var response = await client.GetAsync("/");

        AssertHeaders(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)[^>]*>"), html);
    }

    [Fact]
    public async Task ADownload_CarriesTheHeaders()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.Administrator));

        var response = await client.GetAsync("/register/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHeaders(response);
    }
}
