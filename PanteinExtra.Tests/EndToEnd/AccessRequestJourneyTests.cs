using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class AccessRequestJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AgentRegistersAnAccessRequestOnACall_FgVerifiesIdentity_CompletesIt_AndOpensTheReport()
    {
        var householdId = await CreateHouseholdAsync();

        // The agent, with the member on the phone: checks who is calling, then registers the request from the household.
        var agent = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));
        await BrowserFixture.GotoAsync(agent, $"/leden/{householdId}");
        await Assertions.Expect(agent.GetByTestId("caller-check")).ToBeVisibleAsync();
        await agent.GetByText("Geboortedatum klopt").ClickAsync();
        await agent.GetByText("Postcode en huisnummer kloppen").ClickAsync();
        await agent.GetByTestId("caller-check-record").ClickAsync();
        await Assertions.Expect(agent.GetByTestId("verified-banner")).ToBeVisibleAsync();
        await agent.GetByTestId("register-request").ClickAsync();
        await BrowserFixture.ChooseAsync(agent, "intake-type", "inzage");
        await agent.GetByTestId("intake-submit").ClickAsync();
        await Assertions.Expect(agent.GetByTestId("request-registered")).ToContainTextAsync("is geregistreerd");
        await agent.Context.CloseAsync();

        // The FG handles it.
        var fg = await browser.SignedInPageAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        await BrowserFixture.GotoAsync(fg, "/verzoeken");
        // The demo data has open requests of its own: open the row of this member.
        await fg.GetByTestId("open-requests").Locator("tr").Filter(new() { HasText = "Hendrika Bakker" }).GetByRole(AriaRole.Link).ClickAsync();
        await fg.GetByTestId("to-identitycheck").ClickAsync();
        // The agent's caller check (date of birth and postcode) came with the request: nothing is asked again.
        await Assertions.Expect(fg.GetByTestId("identity-panel")).ToHaveCountAsync(0);
        await fg.GetByTestId("to-inprogress").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("request-status")).ToHaveTextAsync("in behandeling");
        await fg.GetByTestId("outcome").Locator("textarea").FillAsync("Het inzageoverzicht is per post verstuurd.");
        await fg.GetByTestId("complete").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("request-status")).ToHaveTextAsync("afgehandeld");

        await fg.GetByTestId("access-report-link").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("access-report")).ToContainTextAsync("Hendrika Bakker");
        var consultation = fg.GetByTestId("access-report-consultation").Filter(new() { HasText = "Huishouden opgezocht voor een privacyverzoek" });
        await Assertions.Expect(consultation).ToContainTextAsync("Klantcontact");
        await Assertions.Expect(fg.GetByTestId("access-report-rights")).ToContainTextAsync("Autoriteit Persoonsgegevens");
        var download = await fg.RunAndWaitForDownloadAsync(() => fg.GetByTestId("access-report-xlsx").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(file))
        {
            Assert.Contains(workbook.Worksheet("Gegevens").RowsUsed(), r => r.Cell(3).GetString() == "Hendrika Bakker");
            var consulted = workbook.Worksheet("Inzage door medewerkers").RowsUsed().Skip(1).ToList();
            Assert.Contains(consulted, r => r.Cell(2).GetString() == "Klantcontact" && r.Cell(4).GetString().Contains("Huishouden opgezocht voor een privacyverzoek"));
            Assert.All(consulted, r => Assert.DoesNotContain(":", r.Cell(4).GetString()));
        }

        File.Delete(file);
        var pdf = await fg.RunAndWaitForDownloadAsync(() => fg.GetByTestId("access-report-pdf").ClickAsync());
        file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await pdf.SaveAsAsync(file);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(file))
        {
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            Assert.Contains("Hendrika Bakker", text);
            Assert.Contains("Pagina 1 van", text);
        }

        File.Delete(file);
        await fg.Context.CloseAsync();

        await using var db = RawDb();
        var events = await db.AuditEvents.Where(e => e.EventType.StartsWith("DataSubjectRequest:")).Select(e => e.EventType).ToListAsync();
        Assert.Contains("DataSubjectRequest:Create", events);
        Assert.Contains("DataSubjectRequest:Update", events);
        Assert.Contains("DataSubjectRequest:AccessReport", events);
    }

    private PortalDbContext RawDb() => browser.Portal.Database.RawDb();

    private async Task<Guid> CreateHouseholdAsync()
    {
        var number = Random.Shared.Next(8_000_000, 8_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var household = new Household { MemberNumber = number, Street = "Molenweg", HouseNumber = 4, Postcode = "5911AA", City = "Venlo", MemberSince = new DateOnly(2012, 4, 1) };
        await using var db = RawDb();
        db.AddRange(household, new Person
        {
            HouseholdId = household.Id,
            Role = PersonRole.MainMember,
            FirstName = "Hendrika",
            LastName = "Bakker",
            DateOfBirth = new DateOnly(1938, 9, 12),
        });
        await db.SaveChangesAsync();
        return household.Id;
    }
}
