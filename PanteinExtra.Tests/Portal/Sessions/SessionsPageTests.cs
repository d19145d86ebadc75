using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Sessions;
using PanteinExtra.Portal.Features.Sessions;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Sessions;

public sealed class SessionsPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(SessionOversightService)];

    private async Task<Guid> StartAsync(string userId, string name, string role)
    {
        await using var scope = Core.Scope();
        return await Core.Get<SessionService>(scope).StartAsync(userId, name, role);
    }

    [Fact]
    public async Task Fg_SeesWhoIsSignedIn_AndEndsAllSessionsOfOneEmployee()
    {
        var sanne = await StartAsync("demo-klantcontact-1", "Sanne de Jong", Roles.CallCentre);
        await StartAsync("demo-klantcontact-1", "Sanne de Jong", Roles.CallCentre);
        var ingrid = await StartAsync("demo-beheerder", "Ingrid Visser", Roles.Administrator);
        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var cut = Context.Render<SessionsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Ingrid Visser", "Sanne de Jong"], cut.FindAll("[data-testid=session-employee]").Select(e => e.TextContent)));
        Assert.Contains("Klantcontact", cut.Find("[data-testid=sessions]").TextContent);
        var button = cut.Find("[data-testid=end-sessions-demo-klantcontact-1]");
        Assert.Equal("Alle sessies van deze medewerker beëindigen", button.TextContent.Trim());

        await button.ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(["Ingrid Visser"], cut.FindAll("[data-testid=session-employee]").Select(e => e.TextContent)));
        await using var scope = Core.Scope();
        var sessions = Core.Get<SessionService>(scope);
        Assert.Equal(SessionEndReason.EndedByPrivacyOfficer, (await sessions.CheckAsync(sanne)).EndReason);
        Assert.True((await sessions.CheckAsync(ingrid)).IsValid);
    }
}
