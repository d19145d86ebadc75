using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class DenyByDefaultTests(DenyByDefaultTests.Fixture portal) : IClassFixture<DenyByDefaultTests.Fixture>
{
    public sealed class Fixture : PortalFactory;

    [Fact]
    public void EveryRoutablePage_NamesWhoMayUseIt_AndIsInTheAccessMatrix()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Type: t, r.Template)))
            .ToList();

        Assert.NotEmpty(pages);
        foreach (var (type, template) in pages)
        {
            var anonymous = type.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var authorize = type.GetCustomAttribute<AuthorizeAttribute>();
            Assert.True(anonymous || authorize is not null, $"{type.Name} ({template}) has neither [Authorize] nor [AllowAnonymous].");
            if (anonymous)
            {
                Assert.Contains(template, PageAccessMatrix.Anonymous);
            }
            else
            {
                Assert.True(PageAccessMatrix.AllowedRoles.ContainsKey(RouteOf(template)), $"{template} is missing from the access matrix.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PageAccessMatrix.ProtectedPages), MemberType = typeof(PageAccessMatrix))]
    public async Task ProtectedPage_WithoutSignIn_RedirectsToTheSignInPage(string page)
    {
        var client = portal.CreateBrowserlikeClient();
        var response = await client.GetAsync(Example(page));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [MemberData(nameof(PageAccessMatrix.PageRolePairs), MemberType = typeof(PageAccessMatrix))]
    public async Task Page_OpensOnlyForItsRoles_AndARefusalIsAuditedAsDenied(string page, string role)
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(role));
        var url = Example(page);

        var response = await client.GetAsync(url);

        if (PageAccessMatrix.AllowedRoles[page].Contains(role))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
            await using var scope = portal.Services.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            Assert.True(await db.AuditEvents.AnyAsync(e =>
                e.EventType == AuditEventTypes.PageAccess && e.Outcome == AuditOutcome.Denied && e.TargetId == url && e.UserRole == role));
        }
    }

    [Theory]
    [InlineData("/verzoeken/00000000-0000-0000-0000-000000000001/gegevens.json")]
    [InlineData("/verzoeken/00000000-0000-0000-0000-000000000001/gegevens.csv")]
    [InlineData("/verzoeken/00000000-0000-0000-0000-000000000001/inzageoverzicht.xlsx")]
    [InlineData("/verzoeken/00000000-0000-0000-0000-000000000001/inzageoverzicht.pdf")]
    [InlineData("/verzoeken/00000000-0000-0000-0000-000000000001/brieven/00000000-0000-0000-0000-000000000002.pdf")]
    public async Task PortabilityDownloads_AreForTheFgOnly(string url)
    {
        foreach (var role in new[] { PanteinExtra.Core.Common.Roles.CallCentre, PanteinExtra.Core.Common.Roles.Administrator })
        {
            var client = await portal.SignedInClientAsync(DemoEmployees.For(role));
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task TheWelcomeLetter_IsForTheCallCentreOnly_AndAnUnknownHouseholdIsADutch404()
    {
        var url = $"/leden/{Guid.Empty}/welkomstbrief.pdf";
        foreach (var role in new[] { PanteinExtra.Core.Common.Roles.PrivacyOfficer, PanteinExtra.Core.Common.Roles.Administrator })
        {
            var refused = await (await portal.SignedInClientAsync(DemoEmployees.For(role))).GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/geen-toegang", refused.Headers.Location!.PathAndQuery);
        }

        var agent = await portal.SignedInClientAsync(DemoEmployees.For(PanteinExtra.Core.Common.Roles.CallCentre));
        var unknown = await agent.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Dit huishouden bestaat niet.", await unknown.Content.ReadAsStringAsync());
        Assert.True(unknown.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AccessDeniedPage_SaysSoInDutch()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(PanteinExtra.Core.Common.Roles.CallCentre));
        var html = await client.GetStringAsync("/geen-toegang");
        Assert.Contains("Geen toegang", html);
        Assert.Contains("Deze poging is vastgelegd", html);
    }

    [Fact]
    public async Task Health_AnswersWithoutSignIn()
    {
        var response = await portal.CreateBrowserlikeClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string RouteOf(string template) => template;

    /// <summary>An address for a route template: each route parameter gets an example value (an unknown id or number).</summary>
    private static string Example(string page) =>
        System.Text.RegularExpressions.Regex.Replace(
            page, @"\{[^}]+\}", m => m.Value.EndsWith(":int}", StringComparison.Ordinal) ? "999999" : Guid.Empty.ToString());
}
