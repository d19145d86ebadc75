using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

public sealed class HouseholdRequestsPanelTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RequestService), typeof(CallerCheckService), typeof(CallContext)];

    [Fact]
    public async Task ARenderWithTheSameView_AfterTheCallEnded_ReadsNothingAgain_SoNoRefusalBreaksThePage()
    {
        var home = await ConsentTestData.SeedHouseholdAsync(Core);
        SignInAs(Roles.CallCentre, "Sanne de Jong");
        await CallAboutAsync(home.Household.Id);
        var view = OpenedHousehold(home.Household.Id);
        var panel = Context.Render<HouseholdRequestsPanel>(p => p.Add(c => c.View, view));
        panel.WaitForElement("[data-testid=household-requests]");

        // The agent ends the call; the page renders once more with the old view while it reopens the household.
        Context.Services.GetRequiredService<CallerCheckService>().EndCall();
        panel.Render(p => p.Add(c => c.View, view));

        await using var db = Core.RawDb();
        var reads = await db.AuditEvents.Where(e => e.EventType == RequestEventTypes.View).Select(e => e.Outcome).ToListAsync();
        Assert.Equal([AuditOutcome.Success], reads);
    }
}
