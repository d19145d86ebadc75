using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class MembersPagesTests(MembersPagesTests.Fixture portal) : IClassFixture<MembersPagesTests.Fixture>
{
    public sealed class Fixture : PortalFactory;

    private async Task<Household> AddHouseholdAsync()
    {
        var household = MemberBuilders.Household("Gerda", "van der", "Linden", phone: "077-7654321", email: "gerda@voorbeeld.nl");
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.Households.Add(household);
        await db.SaveChangesAsync();
        return household;
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task HouseholdPage_Prerendered_CarriesNoPersonalData_AndLogsNoAccess(string role)
    {
        var household = await AddHouseholdAsync();
        var client = await portal.SignedInClientAsync(DemoEmployees.For(role));

        var response = await client.GetAsync($"/leden/{household.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Linden", html);
        Assert.DoesNotContain("077-7654321", html);
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EventType == MembersEventTypes.HouseholdView && e.SubjectHouseholdId == household.Id));
    }

    [Fact]
    public async Task CallCentreHome_StartsWithTheSearchBox()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.CallCentre));

        var html = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"member-search-input\"", html);
        Assert.Contains("Leden zoeken", html);
    }

    [Fact]
    public async Task Navigation_ShowsLedenZoeken_ToTheFg_NotToAnAdministrator()
    {
        var fg = await (await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer))).GetStringAsync("/");
        var admin = await (await portal.SignedInClientAsync(DemoEmployees.For(Roles.Administrator))).GetStringAsync("/");

        Assert.Contains("Leden zoeken", fg);
        Assert.DoesNotContain("Leden zoeken", admin);
    }

    [Fact]
    public async Task APrerenderedPage_HasItsButtonsAndFieldsDisabledUntilTheCircuitIsUp_AndReadsNothing()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.CallCentre));

        var html = await client.GetStringAsync("/leden");

        Assert.Matches("<fieldset class=\"page-body\" disabled[^>]*data-testid=\"page-body\"", html);
        Assert.Contains("data-testid=\"member-search-button\"", html);
        Assert.DoesNotContain("data-testid=\"served-row\"", html);
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EventType == MembersEventTypes.Served));
    }
}
