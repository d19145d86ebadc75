using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class SignInTests(SignInTests.Fixture portal) : IClassFixture<SignInTests.Fixture>
{
    public sealed class Fixture : PortalFactory;

    [Theory]
    [InlineData(Roles.CallCentre, "home-callcentre")]
    [InlineData(Roles.Administrator, "home-administrator")]
    [InlineData(Roles.PrivacyOfficer, "home-privacyofficer")]
    public async Task DevSignIn_WithOneFormPost_LandsOnTheHomePageOfTheRole(string role, string homeSection)
    {
        var client = portal.CreateBrowserlikeClient();
        var signIn = await PortalFactory.SignInAsync(client, DemoEmployees.For(role));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);

        var home = await client.GetStringAsync("/");
        Assert.Contains($"data-testid=\"{homeSection}\"", home);
        Assert.Contains(Roles.DutchName(role), home);
        foreach (var other in new[] { "home-callcentre", "home-administrator", "home-privacyofficer" }.Except([homeSection]))
        {
            Assert.DoesNotContain($"data-testid=\"{other}\"", home);
        }
    }

    [Fact]
    public async Task SignInPage_ListsTheDemoStaffByNameAndRole()
    {
        var html = await portal.CreateBrowserlikeClient().GetStringAsync("/aanmelden");
        Assert.Contains("Sanne de Jong", html);
        Assert.Contains("Klantcontact", html);
        Assert.Contains("Functionaris Gegevensbescherming", html);
        Assert.Contains("Beheerder", html);
    }

    [Fact]
    public async Task DevSignIn_WithoutTheAntiforgeryToken_IsRejected()
    {
        var client = portal.CreateBrowserlikeClient();
        var response = await client.PostAsync("/auth/dev-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["EmployeeId"] = DemoEmployees.For(Roles.PrivacyOfficer),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task DevSignIn_OfAnUnknownEmployee_SignsNobodyIn()
    {
        var client = portal.CreateBrowserlikeClient();
        var response = await PortalFactory.SignInAsync(client, "demo-bestaat-niet");
        Assert.Contains("onbekend=1", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task DevSignIn_NeverRedirectsToAnotherSite()
    {
        var client = portal.CreateBrowserlikeClient();
        var response = await PortalFactory.SignInAsync(client, DemoEmployees.For(Roles.CallCentre), "//evil.example/");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndBothAreAudited()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.Administrator));
        var page = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/auth/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.SignIn && e.UserId == "demo-beheerder"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.SignOut && e.UserId == "demo-beheerder"));
    }
}
