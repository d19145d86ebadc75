using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class OperationsTests
{
    [Fact]
    public async Task DevSignIn_OutsideDevelopment_RefusesToStartWithAClearMessage()
    {
        await using var portal = new PortalFactory { Environment = "Production" };
        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());
        var message = error is AggregateException a ? a.Flatten().InnerExceptions[0].Message : error.GetBaseException().Message;
        Assert.Contains("Auth:AllowDevSignIn", message);
        Assert.Contains("Development", message);
    }

    [Fact]
    public async Task DevSignIn_OutsideDevelopment_StartsWhenExplicitlyAllowed()
    {
        await using var portal = new PortalFactory { Environment = "Production", Settings = { ["Auth:AllowDevSignIn"] = "true" } };
        var response = await portal.CreateBrowserlikeClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_ShowsADutchErrorPage_AndNeverAStackTrace()
    {
        await using var portal = new PortalFactory { Environment = "Production", Settings = { ["Auth:AllowDevSignIn"] = "true" } };
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        await RemoveAuditTableAsync(portal);

        // Signing out writes an audit event; with the table gone the endpoint throws.
        var token = System.Text.RegularExpressions.Regex.Match(
            await client.GetStringAsync("/geen-toegang"), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/auth/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Er ging iets mis", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task HealthReady_WhenTheDatabaseIsGone_IsUnhealthy()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        await RemoveAuditTableAsync(portal);

        SqliteConnection.ClearAllPools();
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task SessionCookie_FromOneInstance_IsAcceptedByAnotherOnTheSameDatabase()
    {
        using var shared = new TestDatabase();
        await using var first = new PortalFactory(shared);
        await using var second = new PortalFactory(shared);
        var signIn = await PortalFactory.SignInAsync(first.CreateBrowserlikeClient(), DemoEmployees.For(Roles.PrivacyOfficer));
        var authCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("PanteinExtra.Auth=")).Split(';')[0];

        // The data-protection keys live in the database, so the second instance can read the first one's cookie.
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", authCookie);
        var response = await second.CreateBrowserlikeClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = second.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    private static async Task RemoveAuditTableAsync(PortalFactory portal)
    {
        await using var db = portal.Database.RawDb();
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" RENAME TO \"AuditEventsGone\"");
    }
}
