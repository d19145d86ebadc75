using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Sessions;
using PanteinExtra.Portal.Auth;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

/// <summary>Sessions live on the server: the real app, its cookie and a fake clock.</summary>
public sealed partial class SessionTests(SessionTests.Fixture portal) : IClassFixture<SessionTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>Signs in and hands back the bare auth cookie, as someone copying it from the browser would have it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string role)
    {
        var client = portal.CreateBrowserlikeClient();
        var response = await PortalFactory.SignInAsync(client, DemoEmployees.For(role));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PanteinExtra.Auth=", StringComparison.Ordinal)).Split(';')[0];
        return (client, cookie);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string cookie, string path)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string? token)
    {
        var form = new Dictionary<string, string>();
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }

        return await client.PostAsync("/auth/sign-out", new FormUrlEncodedContent(form));
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        TokenPattern().Match(await client.GetStringAsync("/")).Groups[1].Value;

    private static void AssertSentToSignIn(HttpResponseMessage response, SessionEndReason reason)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
        Assert.Contains($"sessie={reason}", response.Headers.Location!.Query);
    }

    [Fact]
    public async Task ACopiedCookie_OpensNothing_AfterSignOut_NeitherPagesNorDownloads()
    {
        var (client, cookie) = await SignInAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(cookie, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(cookie, "/register/export.xlsx")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SignOutAsync(client, await TokenAsync(client))).StatusCode);

        AssertSentToSignIn(await GetWithCookieAsync(cookie, "/"), SessionEndReason.SignedOut);
        AssertSentToSignIn(await GetWithCookieAsync(cookie, "/register/export.xlsx"), SessionEndReason.SignedOut);
    }

    [Fact]
    public async Task ASessionIdleForMoreThan30Minutes_IsRefused_AndTheSignInPageSaysWhy()
    {
        var (client, cookie) = await SignInAsync(Roles.CallCentre);
        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        portal.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        var refused = await client.GetAsync("/leden");

        AssertSentToSignIn(refused, SessionEndReason.IdleTimeout);
        Assert.Contains(refused.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PanteinExtra.Auth=;", StringComparison.Ordinal));
        var signInPage = await client.GetStringAsync(refused.Headers.Location!.PathAndQuery);
        Assert.Contains("U bent afgemeld na 30 minuten zonder activiteit. Meld u opnieuw aan.", WebUtility.HtmlDecode(signInPage));
        AssertSentToSignIn(await GetWithCookieAsync(cookie, "/"), SessionEndReason.IdleTimeout);
    }

    [Fact]
    public async Task AfterTheFgEndsAnEmployeesSessions_TheirCookiesAreRefused_AndOthersAreNot()
    {
        var (_, first) = await SignInAsync(Roles.CallCentre);
        var (_, second) = await SignInAsync(Roles.CallCentre);
        var (_, admin) = await SignInAsync(Roles.Administrator);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new TestCurrentUser().As(Roles.PrivacyOfficer, "Mohammed el Amrani");
            var result = await scope.ServiceProvider.GetRequiredService<SessionOversightService>()
                .EndAllOfEmployeeAsync(DemoEmployees.For(Roles.CallCentre));
            Assert.True(result.Succeeded, result.Message);
        }

        AssertSentToSignIn(await GetWithCookieAsync(first, "/"), SessionEndReason.EndedByPrivacyOfficer);
        var refused = await GetWithCookieAsync(second, "/leden");
        AssertSentToSignIn(refused, SessionEndReason.EndedByPrivacyOfficer);
        var signInPage = await portal.CreateBrowserlikeClient().GetStringAsync(refused.Headers.Location!.PathAndQuery);
        Assert.Contains("Uw sessie is beëindigd door de functionaris gegevensbescherming.", WebUtility.HtmlDecode(signInPage));
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(admin, "/")).StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused_AndTheSessionStays()
    {
        var (client, _) = await SignInAsync(Roles.PrivacyOfficer);

        Assert.Equal(HttpStatusCode.BadRequest, (await SignOutAsync(client, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignOutAsync(client, token: "niet-geldig")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task TheCircuitsRevalidation_SeesTheSessionEnd_WithoutCountingAsActivity()
    {
        var before = await SessionIdsAsync();
        var (client, _) = await SignInAsync(Roles.PrivacyOfficer);
        var sessionId = Assert.Single((await SessionIdsAsync()).Except(before));

        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaims.SessionId, sessionId.ToString())], "Cookies"));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var provider = Assert.IsType<SessionAuthenticationStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
            Assert.True(await provider.IsSessionValidAsync(user));
            Assert.False(await provider.IsSessionValidAsync(new ClaimsPrincipal(new ClaimsIdentity([], "Cookies"))));

            await SignOutAsync(client, await TokenAsync(client));

            Assert.False(await provider.IsSessionValidAsync(user));
        }
    }

    private async Task<List<Guid>> SessionIdsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.StaffSessions.Select(s => s.Id).ToListAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
