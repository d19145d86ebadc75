using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>Issue 15: one call in Chromium, one caller check for everything the member asks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskCallJourneyTests(BrowserFixture browser)
{
    private const string Newsletter = "Maandelijkse nieuwsbrief";

    [Fact]
    public async Task OneCall_NewsletterOffStaysOff_AddressCorrected_AndAPrivacyRequestWithoutASecondCheck()
    {
        var (householdId, mainMemberId) = await CreateHouseholdAsync();
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));
        await BrowserFixture.GotoAsync(page, $"/leden/{householdId}");

        // The caller check, once.
        await Assertions.Expect(page.GetByTestId("caller-check")).ToBeVisibleAsync();
        await page.GetByText("Geboortedatum klopt").ClickAsync();
        await page.GetByText("Postcode en huisnummer kloppen").ClickAsync();
        await page.GetByTestId("caller-check-record").ClickAsync();
        await Assertions.Expect(page.GetByTestId("verified-banner")).ToBeVisibleAsync();

        // The newsletter off: "afgemeld" at once, and the consent reads withdrawn.
        var newsletter = page.GetByTestId("subscription-Newsletter-0");
        var consent = page.Locator("[data-testid=consent-person]").First.Locator($"[data-testid=consent-row][data-purpose='{Newsletter}']");
        await Assertions.Expect(consent.GetByTestId("consent-state")).ToHaveTextAsync("gegeven");
        await page.GetByTestId("subscription-Newsletter-0-toggle").Locator("label").ClickAsync();
        await Assertions.Expect(newsletter).ToContainTextAsync("afgemeld per");
        await Assertions.Expect(newsletter.Locator("input")).Not.ToBeCheckedAsync();
        await Assertions.Expect(consent.GetByTestId("consent-state")).ToHaveTextAsync("ingetrokken");

        // The address corrected; the household re-renders, the newsletter stays off and the phone stays as it was.
        await page.GetByTestId("edit-contact-details").ClickAsync();
        await page.GetByTestId("field-street").FillAsync("Maasstraat");
        await page.GetByTestId("save-contact-details").ClickAsync();
        await Assertions.Expect(page.GetByTestId("household-address")).ToContainTextAsync("Maasstraat 4");
        await Assertions.Expect(page.GetByTestId("household-phone")).ToHaveTextAsync("0475-473543");
        await Assertions.Expect(newsletter).ToContainTextAsync("afgemeld per");
        await Assertions.Expect(newsletter.Locator("input")).Not.ToBeCheckedAsync();

        // A privacy request on the same call: the caller check carries over, nothing is ticked again.
        await page.GetByTestId("register-request").ClickAsync();
        await Assertions.Expect(page.GetByTestId("intake-call-check")).ToContainTextAsync("geboortedatum en postcode (geverifieerd)");
        await Assertions.Expect(page.GetByTestId("intake-form").Locator("input[type=checkbox]")).ToHaveCountAsync(0);
        await BrowserFixture.ChooseAsync(page, "intake-type", "inzage");
        await page.GetByTestId("intake-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("request-registered")).ToContainTextAsync("is geregistreerd");

        await using var db = RawDb();
        var request = await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.HouseholdId == householdId);
        Assert.Equal(RequestIdentityChecks.DateOfBirth | RequestIdentityChecks.PostcodeAndHouseNumber, request.IdentityChecks);
        Assert.True(request.IdentityVerified);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == MembersEventTypes.CallerCheck && e.SubjectHouseholdId == householdId));
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == householdId);
        Assert.Equal(("Maasstraat", "0475-473543"), (household.Street, household.Phone));
        var decisions = await db.ConsentEvents.AsNoTracking().Where(e => e.PersonId == mainMemberId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn], decisions.Select(e => e.Action));
        Assert.Equal(ConsentChannel.Phone, decisions[1].Channel);
    }

    /// <summary>A household whose main member is on the newsletter, with the consent for it given on the website.</summary>
    private async Task<(Guid HouseholdId, Guid MainMemberId)> CreateHouseholdAsync()
    {
        var number = Random.Shared.Next(7_000_000, 7_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var household = new Household
        {
            MemberNumber = number,
            Street = "Molenweg",
            HouseNumber = 4,
            Postcode = "6003KM",
            City = "Weert",
            Phone = "0475-473543",
            MemberSince = new DateOnly(2012, 4, 1),
        };
        var main = new Person
        {
            HouseholdId = household.Id,
            Role = PersonRole.MainMember,
            FirstName = "Gerarda",
            LastName = "Smeets",
            DateOfBirth = new DateOnly(1939, 7, 21),
        };
        await using var db = RawDb();
        var purpose = await db.ConsentPurposes.Include(p => p.Versions).AsNoTracking().FirstAsync(p => p.Kind == ConsentPurposeKind.Newsletter && p.IsActive);
        var version = purpose.Versions.Single(v => v.Version == purpose.CurrentVersion);
        db.AddRange(
            household,
            main,
            new Subscription
            {
                HouseholdId = household.Id,
                PersonId = main.Id,
                Kind = SubscriptionKind.Newsletter,
                StartDate = new DateOnly(2024, 1, 1),
                Channel = ContactChannel.Email,
            },
            new ConsentEvent
            {
                HouseholdId = household.Id,
                PersonId = main.Id,
                PurposeId = purpose.Id,
                PurposeVersionId = version.Id,
                PurposeVersion = version.Version,
                Sequence = 1,
                Action = ConsentAction.Given,
                OccurredAtUtc = DateTime.UtcNow.AddDays(-30),
                Channel = ConsentChannel.Website,
                RecordedByUserId = "website",
                RecordedByName = "Website",
                GivenBy = ConsentGivenBy.Person,
            });
        await db.SaveChangesAsync();
        return (household.Id, main.Id);
    }

    private PortalDbContext RawDb() => browser.Portal.Database.RawDb();
}
