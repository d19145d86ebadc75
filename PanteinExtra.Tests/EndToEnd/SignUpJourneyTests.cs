using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>Issue 16, point 7: a new member on the phone, in real Chromium over the real portal.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignUpJourneyTests(BrowserFixture browser)
{
    /// <summary>Picks the option that contains <paramref name="text"/> (the course's line also names its date and places).</summary>
    private static async Task PickAsync(IPage page, string testId, string text)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId(testId)).ToContainTextAsync(text);
    }

    [Fact]
    public async Task Agent_RegistersANewHouseholdOnACall_WithTheNewsletter_SignsTheMemberUpForACourse_AndFindsTheNewMemberBySearchAtOnce()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));
        await BrowserFixture.GotoAsync(page, "/leden/nieuw");

        await page.GetByTestId("field-first-name").FillAsync("Wilhelmina");
        await page.GetByTestId("field-infix").FillAsync("van den");
        await page.GetByTestId("field-last-name").FillAsync("Oudenhoven");
        var born = page.Locator("input[data-testid=field-date-of-birth], [data-testid=field-date-of-birth] input");
        await born.FillAsync("14-03-1941");
        await born.PressAsync("Tab");
        await page.GetByTestId("field-postcode").FillAsync("5801 zz");
        await page.GetByTestId("field-house-number").FillAsync("99");
        await page.GetByTestId("field-street").FillAsync("Stationsweg");
        await page.GetByTestId("field-city").FillAsync("Venray");
        await page.GetByTestId("field-email").FillAsync("w.oudenhoven@voorbeeld.nl");
        await page.GetByTestId("consent-yes-Newsletter").CheckAsync();
        await page.GetByTestId("signup-register").ClickAsync();

        await Assertions.Expect(page.GetByTestId("signup-done")).ToContainTextAsync("Ingeschreven met lidnummer");
        await page.GetByTestId("signup-open-household").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verified-banner")).ToContainTextAsync("nieuw ingeschreven in dit gesprek");
        await Assertions.Expect(page.GetByTestId("subscription-Newsletter-0")).ToContainTextAsync("aangemeld");

        // In the same call, without another caller check: the new member goes to a course.
        await PickAsync(page, "course-pick", "Informatieavond mantelzorg");
        await PickAsync(page, "course-person", "Wilhelmina van den Oudenhoven");
        await page.GetByTestId("course-sign-up").ClickAsync();
        await Assertions.Expect(page.GetByTestId("course-registration")).ToContainTextAsync("Informatieavond mantelzorg");

        // The next call: the new member is found by name at once.
        await BrowserFixture.GotoAsync(page, "/leden");
        await page.GetByTestId("member-search-input").FillAsync("wilhelmina oudenhoven");
        await page.GetByTestId("member-search-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-result")).ToContainTextAsync("Wilhelmina van den Oudenhoven");
        await page.Context.CloseAsync();

        await using var scope = browser.Portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.LastName == "Oudenhoven" && p.FirstName == "Wilhelmina");
        var consent = await db.ConsentEvents.AsNoTracking().SingleAsync(e => e.PersonId == person.Id);
        Assert.Equal((ConsentAction.Given, ConsentChannel.Phone), (consent.Action, consent.Channel));
        var registration = await db.CourseRegistrations.AsNoTracking().SingleAsync(r => r.PersonId == person.Id);
        Assert.Equal("Informatieavond mantelzorg", (await db.Courses.AsNoTracking().SingleAsync(c => c.Id == registration.CourseId)).Title);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == "Household:Create" && e.SubjectHouseholdId == person.HouseholdId
            && e.PurposeOfUse == "inschrijving nieuw lid (telefoon)"));
    }
}
