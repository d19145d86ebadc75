using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class MembersDeskJourneyTests(BrowserFixture browser)
{
    private const string Purpose = "telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)";

    private async Task<PortalDbContext> DbAsync(AsyncServiceScope scope) =>
        await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task Agent_ServesACall_FromSearchToCallNote_AndTheAuditHoldsEveryStepWithItsPurpose()
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        Household household;
        await using (var db = await DbAsync(scope))
        {
            // A demo household whose main member is not yet on the newsletter.
            household = await db.Households.AsNoTracking()
                .Where(h => h.Status == MembershipStatus.Active && h.HouseNumberAddition == null && h.Feedback.Count == 0)
                .Where(h => !h.Subscriptions.Any(s => s.Kind == SubscriptionKind.Newsletter))
                .OrderBy(h => h.MemberNumber)
                .FirstAsync();
        }

        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));

        // Search from the home page by postcode and house number, and pick the household.
        await page.GetByTestId("member-search-input").FillAsync($"{household.Postcode[..4]} {household.Postcode[4..].ToLowerInvariant()} {household.HouseNumber}");
        await page.GetByTestId("member-search-button").ClickAsync();
        var row = page.Locator("tr", new() { HasText = household.MemberNumber });
        await row.GetByTestId("member-result").ClickAsync();

        // Caller check: the member, date of birth and postcode checked.
        await Assertions.Expect(page.GetByTestId("caller-check")).ToBeVisibleAsync();
        await page.GetByText("Geboortedatum klopt").ClickAsync();
        await page.GetByText("Postcode en huisnummer kloppen").ClickAsync();
        await page.GetByTestId("caller-check-record").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verified-banner")).ToContainTextAsync(Purpose);

        // Correct the address.
        await page.GetByTestId("edit-contact-details").ClickAsync();
        await page.GetByTestId("field-street").FillAsync("Nieuwe Markt");
        await page.GetByTestId("field-house-number").FillAsync("7");
        await page.GetByTestId("field-postcode").FillAsync("5911 bc");
        await page.GetByTestId("save-contact-details").ClickAsync();
        await Assertions.Expect(page.GetByTestId("household-address")).ToContainTextAsync("Nieuwe Markt 7, 5911 BC");

        // Sign the main member up for the newsletter.
        await page.GetByTestId("subscription-Newsletter-0-toggle").Locator("label").ClickAsync();
        await Assertions.Expect(page.GetByTestId("subscription-Newsletter-0")).ToContainTextAsync("aangemeld");
        await Assertions.Expect(page.GetByTestId("subscription-Newsletter-0")).ToContainTextAsync("sinds");

        // A privacy complaint: routed to the complaints officer, and the member is told about the AP.
        await page.GetByTestId("field-feedback-subject").FillAsync("Post van een ander lid ontvangen");
        await page.GetByText("Gaat over de omgang met persoonsgegevens (privacyklacht)").ClickAsync();
        await page.GetByTestId("save-feedback").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feedback-message")).ToContainTextAsync("Autoriteit Persoonsgegevens");
        await Assertions.Expect(page.GetByTestId("panel-feedback")).ToContainTextAsync("Privacyklacht");

        // Note the call.
        await page.GetByTestId("field-call-note").FillAsync("Verhuisd; adres aangepast, aangemeld voor de nieuwsbrief, privacyklacht vastgelegd.");
        await page.GetByTestId("save-call-note").ClickAsync();
        await Assertions.Expect(page.GetByTestId("call-note").First).ToContainTextAsync("Verhuisd; adres aangepast");
        await page.Context.CloseAsync();

        await using var afterwards = await DbAsync(scope);
        var events = await afterwards.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == DemoEmployees.For(Roles.CallCentre) && e.SubjectHouseholdId == household.Id)
            .OrderBy(e => e.Sequence)
            .ToListAsync();
        Assert.Equal(HouseholdService.BeforeCallerCheckPurpose, events[0].PurposeOfUse);
        var check = events.First(e => e.EventType == MembersEventTypes.CallerCheck);
        events = events.Where(e => e.Sequence >= check.Sequence).ToList();
        foreach (var step in new[] { MembersEventTypes.CallerCheck, MembersEventTypes.HouseholdView, "Household:Update", "Subscription:Create", "Feedback:Create", "CallNote:Create" })
        {
            var stepEvents = events.Where(e => e.EventType == step).ToList();
            Assert.True(stepEvents.Count > 0, $"No {step} event.");
            Assert.All(stepEvents, e => Assert.Equal(Purpose, e.PurposeOfUse));
            Assert.All(stepEvents, e => Assert.Equal(AuditOutcome.Success, e.Outcome));
        }

        var update = events.Single(e => e.EventType == "Household:Update");
        Assert.Contains("Street", update.Details);
        Assert.Contains("Postcode", update.Details);
        Assert.DoesNotContain("Nieuwe Markt", update.Details);
        Assert.True(await afterwards.AuditEvents.AnyAsync(e =>
            e.UserId == DemoEmployees.For(Roles.CallCentre) && e.EventType == MembersEventTypes.Search && e.PurposeOfUse == MemberSearchService.SearchPurpose
            && e.Details!.Contains("\"kind\":\"Address\"")));
        var saved = await afterwards.Households.AsNoTracking().SingleAsync(h => h.Id == household.Id);
        Assert.Equal(("Nieuwe Markt", 7, "5911BC"), (saved.Street, saved.HouseNumber, saved.Postcode));
    }
}
