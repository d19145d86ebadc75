using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ProtectedHouseholdJourneyTests(BrowserFixture browser)
{
    private const string Reason = "Lid belt zelf over de contributie van dit jaar";

    private async Task<PortalDbContext> DbAsync(AsyncServiceScope scope) =>
        await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Agent_OpensAProtectedHousehold_AfterStatingAReason_AndTheControlRunMakesItAFinding()
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        Household household;
        await using (var db = await DbAsync(scope))
        {
            // The demo's protected household (a staff member's).
            var protectedId = await db.ProtectedHouseholds.AsNoTracking().Select(p => p.HouseholdId).FirstAsync();
            household = await db.Households.AsNoTracking().FirstAsync(h => h.Id == protectedId);
        }

        var agent = DemoEmployees.For(Roles.CallCentre);
        var page = await browser.SignedInPageAsync(agent);
        await page.GetByTestId("member-search-input").FillAsync(household.MemberNumber);
        await page.GetByTestId("member-search-button").ClickAsync();
        await page.Locator("tr", new() { HasText = household.MemberNumber }).GetByTestId("member-result").ClickAsync();

        await Assertions.Expect(page.GetByTestId("caller-check")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("protected-marker")).ToHaveTextAsync("beschermd huishouden");
        await page.GetByText("Geboortedatum klopt").ClickAsync();
        await page.GetByText("Postcode en huisnummer kloppen").ClickAsync();
        await page.GetByTestId("caller-check-record").ClickAsync();

        // Core keeps the details closed until the reason is stated: the dialog asks for it.
        await Assertions.Expect(page.GetByTestId("stated-reason-dialog")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("panel-contact-details")).ToHaveCountAsync(0);
        await page.GetByTestId("stated-reason").FillAsync("even kijken");
        await page.GetByTestId("stated-reason-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stated-reason-dialog")).ToContainTextAsync($"Reden moet minstens {ProtectionLimits.ReasonMinimum} tekens lang zijn.");
        await page.GetByTestId("stated-reason").FillAsync(Reason);
        await page.GetByTestId("stated-reason-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("household-address")).ToContainTextAsync(Dutch.Postcode(household.Postcode));
        await Assertions.Expect(page.GetByTestId("stated-reason-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("protected-marker")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        // The FG runs the control on demand: the access is a finding, with the reason in its evidence.
        await using var control = browser.Portal.Services.CreateAsyncScope();
        control.ServiceProvider.GetRequiredService<ActorScope>().Actor = new TestCurrentUser().As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var service = control.ServiceProvider.GetRequiredService<LogControlService>();
        await service.RunAsync(DutchTime.Today(TimeProvider.System));
        var finding = Assert.Single(await service.FindingsAsync(FindingStatus.Open), f => f.Rule == ControlRule.ProtectedHouseholdAccess && f.UserId == agent);
        Assert.Contains(household.Id.ToString(), finding.HouseholdIds);
        await using var db2 = await DbAsync(control);
        var evidence = await db2.AuditEvents.AsNoTracking().Where(e => finding.Evidence.Contains(e.Sequence)).ToListAsync();
        Assert.Contains(evidence, e => e.EventType == ProtectionEventTypes.StateReason && e.Details!.Contains(Reason));
    }

    [Fact]
    public async Task AnEmployeeWithAnExpiredConfirmation_IsSentToTheDuty_ConfirmsIt_AndCarriesOn()
    {
        var employee = DemoEmployees.For(Roles.Administrator);
        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        await using (var db = await DbAsync(scope))
        {
            var entry = await db.StaffDirectory.SingleAsync(s => s.UserId == employee);
            entry.ConfirmConfidentiality(DutchTime.Today(TimeProvider.System).AddYears(-2));
            await db.SaveChangesAsync();
        }

        var page = await browser.SignedInPageAsync(employee);

        await page.WaitForURLAsync(url => url.Contains("/geheimhouding"));
        await Assertions.Expect(page.GetByTestId("confidentiality-needed")).ToContainTextAsync("verlopen");
        await page.GetByTestId("confirm-confidentiality").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/geheimhouding"));
        await page.Context.CloseAsync();

        await using var after = browser.Portal.Services.CreateAsyncScope();
        await using var check = await DbAsync(after);
        Assert.Equal(DutchTime.Today(TimeProvider.System), (await check.StaffDirectory.SingleAsync(s => s.UserId == employee)).ConfidentialityConfirmedOn);
    }
}
