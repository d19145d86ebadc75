using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Auth;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>The demo's staff directory: every demo employee confirmed, one living at a demo household's address, which is protected.</summary>
public sealed class StaffDirectoryDemoDataTests : CoreTestHost
{
    protected override bool SeedDemoData => true;

    [Fact]
    public async Task EveryDemoEmployee_StandsInTheDirectory_WithACurrentConfirmation()
    {
        await using var db = RawDb();
        var entries = await db.StaffDirectory.AsNoTracking().ToListAsync();

        foreach (var employee in DemoStaff.All)
        {
            var entry = Assert.Single(entries, e => e.UserId == employee.Id);
            Assert.Equal(employee.Name, entry.Name);
            Assert.True(ConfidentialityDuty.IsCurrent(entry.ConfidentialityConfirmedOn, DutchTime.Today(Clock)));
        }
    }

    [Fact]
    public async Task OneDemoEmployee_LivesAtAProtectedDemoHousehold()
    {
        await using var db = RawDb();
        var daan = await db.StaffDirectory.AsNoTracking().SingleAsync(e => e.UserId == "demo-klantcontact-2");
        var homes = await db.Households.AsNoTracking().Where(h => h.Postcode == daan.Postcode && h.HouseNumber == daan.HouseNumber).Select(h => h.Id).ToListAsync();

        var protection = await db.ProtectedHouseholds.AsNoTracking().SingleAsync();
        Assert.Contains(protection.HouseholdId, homes);
        Assert.Equal(ProtectionKind.StaffMember, protection.Kind);
    }
}
