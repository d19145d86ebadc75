using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Auth;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class BreachJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AgentReportsAMisdirectedLetter_FgAssessesItAddsTheAffectedNotifiesTheApAndDraftsTheLetters()
    {
        var first = await CreateHouseholdAsync("Hendrika", "Bakker");
        var second = await CreateHouseholdAsync("Willem", "Smits");
        var marker = $"Brief {Guid.NewGuid():N}"[..14];

        // The agent reports from the app bar.
        var agent = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));
        await agent.GetByTestId("report-breach").ClickAsync();
        await agent.GetByTestId("breach-what").FillAsync($"{marker}: de jaarafrekening van lid {first} is naar het adres van lid {second} gestuurd.");
        await agent.GetByTestId("breach-data").FillAsync("Naam, adres en contributie van twee leden.");
        await agent.GetByTestId("breach-submit").ClickAsync();
        await Assertions.Expect(agent.GetByTestId("report-breach-done")).ToContainTextAsync("is gemeld bij de FG");
        await agent.Context.CloseAsync();

        // The FG sees it in the register and opens the file.
        var fg = await browser.SignedInPageAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        await Assertions.Expect(fg.GetByTestId("breach-card")).ToBeVisibleAsync();
        await BrowserFixture.GotoAsync(fg, "/datalekken");
        await fg.GetByTestId("breach-register").Locator("tr").Filter(new() { HasText = marker }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(fg.GetByTestId("breach-status")).ToContainTextAsync("Gemeld");

        // Assessment with ENISA's questions.
        await fg.GetByTestId("kind-Reading").ClickAsync();
        await BrowserFixture.ChooseAsync(fg, "enisa-dpc", "Financiële gegevens (3)");
        await BrowserFixture.ChooseAsync(fg, "enisa-ei", "Maximaal (1)");
        await BrowserFixture.ChooseAsync(fg, "enisa-c", "Naar onbekende ontvangers (0,5)");
        await Assertions.Expect(fg.GetByTestId("enisa-reasoning")).ToContainTextAsync("= 3,50: hoog.");
        await fg.GetByTestId("file-save").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("breach-status")).ToContainTextAsync("In beoordeling");

        // Who is affected: the two member numbers.
        await fg.GetByTestId("breach-affected").GetByText("Lijst met lidnummers").ClickAsync();
        await fg.GetByTestId("affected-numbers").FillAsync($"{first}\n{second}");
        await fg.GetByTestId("affected-numbers-add").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("affected-list")).ToContainTextAsync("Hendrika Bakker");
        await Assertions.Expect(fg.GetByTestId("affected-list")).ToContainTextAsync("Willem Smits");

        // Whether the reporting agent looked anyone up: derived from the access log, the agent picked by name.
        var reporter = DemoStaff.All.First(e => e.Role == Roles.CallCentre);
        await fg.GetByTestId("breach-affected").GetByText("Uit de toegangslog").ClickAsync();
        await BrowserFixture.ChooseAsync(fg, "derive-user", $"{reporter.Name} (Klantcontact)");
        await fg.GetByTestId("derive-go").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("derived-summary")).ToContainTextAsync("ingezien in deze periode");

        // The AP notification with its reference number.
        await fg.GetByTestId("notify-reference").FillAsync("AP-2026-990001");
        await fg.GetByTestId("notify-save").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("ap-reference")).ToContainTextAsync("AP-2026-990001");
        await Assertions.Expect(fg.GetByTestId("breach-status")).ToContainTextAsync("Gemeld bij de AP");

        // High risk: letters to the members.
        await BrowserFixture.ChooseAsync(fg, "inform-decision", "Individuele brief aan elk betrokken lid");
        await fg.GetByTestId("inform-reason").FillAsync("Hoog risico: financiële gegevens bij een onbekende ontvanger.");
        await fg.GetByTestId("inform-save").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("member-information")).ToContainTextAsync("Individuele brief");
        await fg.GetByTestId("letters-draft").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("letter")).ToHaveCountAsync(2);
        await Assertions.Expect(fg.GetByTestId("letter-text").First).ToContainTextAsync("Wat is er gebeurd?");
        await fg.Context.CloseAsync();

        await using var db = RawDb();
        var breach = await db.Breaches.AsNoTracking().SingleAsync(b => b.WhatHappened.StartsWith(marker));
        Assert.Equal("AP-2026-990001", breach.ApReference);
        Assert.Equal(2, await db.BreachLetters.CountAsync(l => l.BreachId == breach.Id));
        Assert.True(await db.BreachVersions.CountAsync(v => v.BreachId == breach.Id) >= 6);
    }

    private PortalDbContext RawDb() => browser.Portal.Database.RawDb();

    private async Task<string> CreateHouseholdAsync(string first, string last)
    {
        var number = Random.Shared.Next(7_000_000, 7_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var household = new Household { MemberNumber = number, Street = "Molenweg", HouseNumber = 4, Postcode = "5911AA", City = "Venlo", MemberSince = new DateOnly(2012, 4, 1) };
        await using var db = RawDb();
        db.AddRange(household, new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = first, LastName = last });
        await db.SaveChangesAsync();
        return number;
    }
}
