using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Intake;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.Core.Intake;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Intake;

public sealed class InboxPagesTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(IntakeService)];

    private async Task<IntakeItem> AddAsync(IntakeKind kind, IIntakeInput input)
    {
        var item = new IntakeItem
        {
            Reference = IntakeSubmissionService.NewReference(),
            Kind = kind,
            ReceivedAtUtc = new DateTime(2026, 3, 2, 8, 5, 0, DateTimeKind.Utc),
            ClientName = "Website (hoofdsite)",
            DisplayName = input.ListName(),
            Payload = IntakePayload.Serialise(input),
        };
        await using var db = Core.RawDb();
        db.IntakeItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    [Fact]
    public async Task Inbox_ListsTheNewForms_WithTheDutchMomentKindAndName()
    {
        await AddAsync(IntakeKind.MembershipApplication, IntakeServiceTests.Application());
        SignInAs(Roles.CallCentre);

        var page = Context.Render<InboxPage>();

        page.WaitForAssertion(() => Assert.Contains("Wilhelmina van Jansen", page.Find("[data-testid=inbox]").TextContent));
        Assert.Contains("02-03-2026 09:05", page.Markup);
        Assert.Contains("Aanvraag lidmaatschap", page.Markup);
        Assert.Contains("1 formulier", page.Find("[data-testid=inbox-count]").TextContent);
    }

    [Fact]
    public async Task ItemPage_OfAnApplication_OffersEnrolment_AndRejectingWithAReasonClosesIt()
    {
        var item = await AddAsync(IntakeKind.MembershipApplication, IntakeServiceTests.Application());
        SignInAs(Roles.CallCentre);

        var page = Context.Render<IntakeItemPage>(p => p.Add(x => x.Id, item.Id));

        page.WaitForAssertion(() => Assert.Contains("Steenstraat", page.Find("[data-testid=intake-fields]").TextContent));
        Assert.Equal($"/leden/nieuw?aanvraag={item.Id}", page.Find("[data-testid=intake-enrol]").GetAttribute("href"));
        page.Find("textarea[data-testid=reject-reason]").Change("Dubbele aanvraag");
        await page.InvokeAsync(() => page.Find("[data-testid=reject]").Click());

        page.WaitForAssertion(() => Assert.Contains("Afgewezen", page.Find("[data-testid=intake-status]").TextContent));
        await using var db = Core.RawDb();
        Assert.Equal(IntakeStatus.Rejected, (await db.IntakeItems.SingleAsync()).Status);
    }

    [Fact]
    public async Task ItemPage_ForTheFg_ShowsTheFormWithoutActions()
    {
        var item = await AddAsync(IntakeKind.NewsletterSignUp, IntakeServiceTests.SignUp());
        SignInAs(Roles.PrivacyOfficer);

        var page = Context.Render<IntakeItemPage>(p => p.Add(x => x.Id, item.Id));

        page.WaitForAssertion(() => Assert.Contains("DOI-7781", page.Find("[data-testid=intake-fields]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=reject]"));
        Assert.Empty(page.FindAll("[data-testid=match-search]"));
    }

    [Fact]
    public async Task ItemPage_MatchingAProtectedHousehold_HidesItUntilTheAgentStatesAReason_ThenLinksIt()
    {
        await ConsentTestData.SeedCatalogueAsync(Core);
        var home = await ConsentTestData.SeedHouseholdAsync(Core);
        await using (var db = Core.RawDb())
        {
            db.ProtectedHouseholds.Add(ProtectedHousehold.Mark(home.Household.Id, ProtectionKind.BoardMember, "Voorzitter", "test-fg", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var item = await AddAsync(IntakeKind.NewsletterSignUp, IntakeServiceTests.SignUp());
        SignInAs(Roles.CallCentre);
        var page = Context.Render<IntakeItemPage>(p => p.Add(x => x.Id, item.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=match-search]"));

        await page.InvokeAsync(() => page.Find("[data-testid=match-search]").Click());

        var hidden = page.WaitForElement("[data-testid=match-hidden]");
        Assert.Contains("beschermd huishouden", hidden.TextContent);
        Assert.Empty(page.FindAll("[data-testid=match]"));
        Assert.DoesNotContain(home.Main.FirstName, page.Find("[data-testid=match-hidden]").TextContent);

        page.Find("textarea[data-testid=match-protected-reason]").Change("Aanmelding nieuwsbrief door een bestuurslid");
        await page.InvokeAsync(() => page.Find("[data-testid=match-search]").Click());
        page.WaitForAssertion(() => Assert.Contains("reden opgegeven", page.Find("[data-testid=match]").TextContent));
        await page.InvokeAsync(() => page.Find("[data-testid=match-link]").Click());

        page.WaitForAssertion(() => Assert.Contains("Gekoppeld", page.Find("[data-testid=intake-status]").TextContent));
        await using var check = Core.RawDb();
        Assert.Equal(home.Household.Id, (await check.IntakeItems.SingleAsync()).LinkedHouseholdId);
    }
}
