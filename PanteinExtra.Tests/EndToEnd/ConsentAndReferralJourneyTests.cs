using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class ConsentAndReferralJourneyTests(BrowserFixture browser)
{
    private const string SharingPurpose = "Gegevens delen met een dienstverlener bij doorverwijzing";
    private const string Provider = "Thuiszorg Maasland Hulp";

    [Fact]
    public async Task Agent_RecordsConsentOnThePhone_Refers_ThenTheMemberWithdraws_AndTheNextReferralIsRefused()
    {
        var (householdId, mainMemberId) = await DemoHouseholdWithoutReferralConsentAsync();
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));
        // The household page holds the consent and referral panels, after the caller check (no page of their own).
        await BrowserFixture.GotoAsync(page, $"/leden/{householdId}");
        await Assertions.Expect(page.GetByTestId("caller-check")).ToBeVisibleAsync();
        await page.GetByText("Geboortedatum klopt").ClickAsync();
        await page.GetByText("Postcode en huisnummer kloppen").ClickAsync();
        await page.GetByTestId("caller-check-record").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verified-banner")).ToBeVisibleAsync();
        var sharingRow = page.Locator("[data-testid=consent-person]").First.Locator($"[data-testid=consent-row][data-purpose='{SharingPurpose}']");
        await Assertions.Expect(sharingRow.GetByTestId("consent-state")).ToHaveTextAsync("niet gevraagd");

        // The referral is refused without consent; the agent records it on the call, right there.
        await page.GetByTestId("referral-new").ClickAsync();
        await ChooseAsync(page, "referral-provider", Provider);
        await Assertions.Expect(page.GetByTestId("referral-no-consent")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("referral-shared-fields")).ToContainTextAsync("Telefoonnummer");
        await Assertions.Expect(page.GetByTestId("referral-submit")).ToBeDisabledAsync();
        await page.GetByTestId("referral-record-consent").ClickAsync();
        await Assertions.Expect(page.GetByTestId("consent-wording")).ToContainTextAsync("Mag Pantein Extra uw naam");
        await page.GetByTestId("consent-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("referral-consent-ok")).ToBeVisibleAsync();
        await Assertions.Expect(sharingRow.GetByTestId("consent-state")).ToHaveTextAsync("gegeven");

        await ChooseAsync(page, "referral-service", "huishoudelijke hulp");
        await page.GetByTestId("referral-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("referral-row")).ToContainTextAsync(Provider);

        // The member withdraws on the phone: one action, effective at once.
        await sharingRow.GetByTestId("consent-withdraw").ClickAsync();
        await page.GetByTestId("consent-submit").ClickAsync();
        await Assertions.Expect(sharingRow.GetByTestId("consent-state")).ToHaveTextAsync("ingetrokken");
        await Assertions.Expect(page.GetByTestId("referral-flag")).ToContainTextAsync(Provider);

        // The next referral is refused.
        await page.GetByTestId("referral-new").ClickAsync();
        await ChooseAsync(page, "referral-provider", "Klusbedrijf Van Dijk");
        await Assertions.Expect(page.GetByTestId("referral-no-consent")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("referral-submit")).ToBeDisabledAsync();

        await using var db = RawDb();
        Assert.Equal(1, await db.Disclosures.CountAsync(d => d.PersonId == mainMemberId));
        // Demo members may have other consents (newsletter, panel): only the sharing purpose is this journey's.
        var sharingPurposes = await db.ConsentPurposes.Where(p => p.Kind == ConsentPurposeKind.ReferralSharing).Select(p => p.Id).ToListAsync();
        var events = await db.ConsentEvents
            .Where(e => e.PersonId == mainMemberId && sharingPurposes.Contains(e.PurposeId)).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(ConsentChannel.Phone, e.Channel));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectHouseholdId == householdId && e.EventType == ConsentEventTypes.View
            && e.PurposeOfUse == "telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)"));
        await page.Context.CloseAsync();
    }

    /// <summary>Opens a MudSelect by its test id and picks the option with the given text.</summary>
    private static async Task ChooseAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private PortalDbContext RawDb() => browser.Portal.Database.RawDb();

    /// <summary>
    /// A demo household whose main member never decided on sharing with service providers and was never referred.
    /// With the members' demo data there are many; without it (this feature alone) one is added for the journey.
    /// </summary>
    private async Task<(Guid HouseholdId, Guid MainMemberId)> DemoHouseholdWithoutReferralConsentAsync()
    {
        await using var db = RawDb();
        var sharing = await db.ConsentPurposes.Where(p => p.Kind == ConsentPurposeKind.ReferralSharing).Select(p => p.Id).ToListAsync();
        var candidate = await db.Persons
            .Where(p => p.Role == PersonRole.MainMember)
            .Where(p => !db.ConsentEvents.Any(e => e.PersonId == p.Id && sharing.Contains(e.PurposeId)))
            .Where(p => !db.Referrals.Any(r => r.HouseholdId == p.HouseholdId))
            .OrderBy(p => p.Id)
            .Select(p => new { p.HouseholdId, p.Id })
            .FirstOrDefaultAsync();
        if (candidate is not null)
        {
            return (candidate.HouseholdId, candidate.Id);
        }

        var household = new Household
        {
            MemberNumber = "9900417",
            Street = "Molenstraat",
            HouseNumber = 8,
            Postcode = "5831AB",
            City = "Boxmeer",
            Phone = "0485 573 111",
            MemberSince = new DateOnly(2019, 9, 1),
        };
        var main = new Person
        {
            HouseholdId = household.Id,
            Role = PersonRole.MainMember,
            FirstName = "Gerda",
            LastName = "Hermsen",
            DateOfBirth = new DateOnly(1944, 7, 12),
        };
        db.AddRange(household, main);
        await db.SaveChangesAsync();
        return (household.Id, main.Id);
    }
}
