using System.Net;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

/// <summary>With an Entra ID client configured, the portal signs in through Microsoft only (no tenant is reached here).</summary>
public sealed class EntraModeTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new()
    {
        Environment = "Production",
        Settings =
        {
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000001",
            ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000002",
            ["AzureAd:ClientSecret"] = "not-a-secret",
        },
    };

    [Fact]
    public async Task SignInPage_OffersMicrosoftSignIn_AndNoDemoStaff()
    {
        var html = await _portal.CreateBrowserlikeClient().GetStringAsync("/aanmelden");
        Assert.Contains("Aanmelden met Microsoft", html);
        Assert.DoesNotContain("Sanne de Jong", html);
    }

    [Fact]
    public async Task DevSignInEndpoint_DoesNotExist()
    {
        var response = await _portal.CreateBrowserlikeClient().PostAsync("/auth/dev-sign-in", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_StillAnswersAnonymously()
    {
        var response = await _portal.CreateBrowserlikeClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();
}
