using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

/// <summary>Its run anonymises demo households, so it has a portal of its own.</summary>
[Collection(IsolatedBrowserCollection.Name)]
public sealed class RetentionJourneyTests(IsolatedBrowserFixture browser)
{
    [Fact]
    public async Task AdministratorShortensAPolicy_ThenTheFgPreviewsAndApprovesARun_AndTheHouseholdIsAnonymised()
    {
        // A household whose membership ended 18 months ago: kept under the default 2 years, expired under 1 year.
        var today = DutchTime.Today(TimeProvider.System);
        var household = await AddEndedHouseholdAsync(today.AddMonths(-18));

        var admin = await browser.SignedInPageAsync(DemoEmployees.For(Roles.Administrator));
        await admin.GetByTestId("nav").GetByText("Bewaartermijnen").ClickAsync();
        await admin.GetByTestId("edit-household").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("policy-editor")).ToBeVisibleAsync();
        await admin.GetByTestId("period-years").FillAsync("1");
        await admin.GetByTestId("period-years").BlurAsync();
        await admin.GetByTestId("change-note").FillAsync("Korter bewaren na advies van de FG");
        await admin.GetByTestId("change-note").BlurAsync();
        await admin.GetByTestId("save-policy").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("period-household")).ToHaveTextAsync("1 jaar");
        await Assertions.Expect(admin.GetByTestId("version-household")).ToContainTextAsync("2");
        await admin.Context.CloseAsync();

        var fg = await browser.SignedInPageAsync(DemoEmployees.For(Roles.PrivacyOfficer));
        await fg.GetByTestId("nav").GetByText("Opschoonruns").ClickAsync();
        await fg.GetByTestId("make-preview").ClickAsync();
        await fg.WaitForURLAsync(url => url.Contains("/opschoonruns/run"));
        await BrowserFixture.WaitForInteractiveAsync(fg);
        await Assertions.Expect(fg.GetByTestId("run-status")).ToHaveTextAsync("wacht op goedkeuring");
        await fg.GetByTestId("run-items-member").Locator("input").FillAsync(household.MemberNumber);
        await fg.GetByTestId("run-items-member").Locator("input").PressAsync("Enter");
        await Assertions.Expect(fg.GetByTestId("run-items")).ToContainTextAsync(household.MemberNumber);
        await Assertions.Expect(fg.GetByTestId("run-items")).ToContainTextAsync("+ 1 jaar: verlopen op");

        await fg.GetByTestId("approve-run").ClickAsync();
        await Assertions.Expect(fg.GetByTestId("run-status")).ToHaveTextAsync("afgerond", new() { Timeout = 60_000 });
        await Assertions.Expect(fg.GetByTestId("run-summary")).ToContainTextAsync("Huishouden na einde lidmaatschap");
        await fg.Context.CloseAsync();

        await using var db = Db();
        var anonymised = await db.Households.Include(h => h.Persons).SingleAsync(h => h.Id == household.Id);
        Assert.Equal("", anonymised.Street);
        Assert.All(anonymised.Persons, p => Assert.Equal("Geanonimiseerd", p.FirstName));
    }

    private PortalDbContext Db() => browser.Portal.Database.RawDb();

    private async Task<Household> AddEndedHouseholdAsync(DateOnly endedOn)
    {
        var h = new Household
        {
            MemberNumber = Random.Shared.Next(8_000_000, 8_999_999).ToString(),
            Status = MembershipStatus.Ended,
            MemberSince = new DateOnly(2012, 5, 1),
            MembershipEndedOn = endedOn,
            Street = "Molenweg",
            HouseNumber = 3,
            Postcode = "6541AB",
            City = "Nijmegen",
        };
        h.Persons.Add(new Person { HouseholdId = h.Id, Role = PersonRole.MainMember, FirstName = "Hendrik", LastName = "Jansen" });
        await using var db = Db();
        db.Households.Add(h);
        await db.SaveChangesAsync();
        return h;
    }
}
