using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class LogControlJourneyTests(BrowserFixture browser)
{
    private static readonly ReportMonth June2025 = new(2025, 6);

    [Fact]
    public async Task FgOpensAFindingFromTheList_ExplainsIt_ChecksTheSample_AndSignsOffTheMonth()
    {
        await AfterHoursAccessAsync(new DateOnly(2025, 6, 14));

        var fg = await browser.SignedInPageAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        await Assertions.Expect(fg.GetByTestId("logcontrol-card")).ToBeVisibleAsync();
        await fg.GetByTestId("logcontrol-open-findings").ClickAsync();
        await fg.GetByTestId("findings-grid").Locator("tr").Filter(new() { HasText = "14-06-2025" }).GetByTestId("open-finding").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("finding-employee")).ToContainTextAsync("Karin Wouters");
        await Assertions.Expect(fg.GetByTestId("finding-events")).ToContainTextAsync("Huishouden geopend");

        await fg.GetByTestId("review-note").FillAsync("Terugbelafspraak met het lid om 22:00 uur, vastgelegd in het gespreksverslag.");
        await fg.GetByTestId("review-submit").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("finding-review")).ToContainTextAsync("Verklaard door");

        await BrowserFixture.GotoAsync(fg, $"/toegangscontrole/maandrapport/{June2025.Code}");
        await fg.GetByTestId("report-start").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("report-status")).ToContainTextAsync("Concept");
        await fg.GetByTestId("report-draw").ClickAsync();
        var rows = fg.GetByTestId("sample-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await rows.Nth(i).GetByTestId("sample-ok").ClickAsync();
            await Assertions.Expect(rows.Nth(i).GetByTestId("sample-verdict")).ToContainTextAsync("In orde");
        }

        await fg.GetByTestId("report-verify").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("result-ok")).ToContainTextAsync("dezelfde 3 toegangen");
        await fg.GetByTestId("report-conclusion").FillAsync("Eén bevinding, verklaard; de steekproef gaf geen vragen.");
        await fg.GetByTestId("report-signoff-submit").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("report-status")).ToContainTextAsync("Afgetekend");
        await Assertions.Expect(fg.GetByTestId("report-signed")).ToContainTextAsync("Eén bevinding, verklaard");
        await fg.Context.CloseAsync();

        await using var db = RawDb();
        var report = await db.ControlReports.AsNoTracking().SingleAsync(r => r.Year == 2025 && r.Month == 6);
        Assert.Equal(ControlReportStatus.SignedOff, report.Status);
        Assert.Equal(1, await db.ControlReportFindings.CountAsync(f => f.ReportId == report.Id));
        Assert.Equal(3, await db.ControlReportSamples.CountAsync(s => s.ReportId == report.Id && s.Verdict == SampleVerdict.Ok));
    }

    private PortalDbContext RawDb() => browser.Portal.Database.RawDb();

    /// <summary>An agent opens three households late one evening; the control runs over that day (as the FG would on demand).</summary>
    private async Task AfterHoursAccessAsync(DateOnly day)
    {
        var households = new List<Guid>();
        await using (var db = RawDb())
        {
            for (var i = 0; i < 3; i++)
            {
                var household = new Household
                {
                    MemberNumber = Random.Shared.Next(6_000_000, 6_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Street = "Lindelaan",
                    HouseNumber = 10 + i,
                    Postcode = "6521AB",
                    City = "Nijmegen",
                    MemberSince = new DateOnly(2010, 1, 1),
                };
                db.AddRange(household, new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Anna", LastName = $"Jansen{i}" });
                households.Add(household.Id);
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new TestCurrentUser().As(Roles.CallCentre, "Karin Wouters");
            var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            foreach (var (household, minute) in households.Select((h, i) => (h, i)))
            {
                await log.RecordAsync(new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View)
                {
                    SubjectHouseholdId = household,
                    StartedAtUtc = DutchTime.ToUtc(day.ToDateTime(new TimeOnly(22, 10 + minute))),
                });
            }
        }

        await using (var scope = browser.Portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new TestCurrentUser().As(Roles.PrivacyOfficer, "Mohammed el Amrani");
            await scope.ServiceProvider.GetRequiredService<LogControlService>().RunAsync(day);
        }
    }
}
