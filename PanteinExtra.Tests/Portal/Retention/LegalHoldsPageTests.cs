using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.Portal.Features.Retention;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Retention;

public sealed class LegalHoldsPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(LegalHoldService)];

    [Fact]
    public async Task Fg_SetsAHold_WithDutchMessagesForBadInput_ThenSeesItWithAnOpenComplaintHold()
    {
        await using (var db = Core.RawDb())
        {
            db.Households.Add(Household("1234567"));
            var complaining = Household("7654321");
            complaining.Feedback.Add(new Feedback { HouseholdId = complaining.Id, Kind = FeedbackKind.Complaint, Subject = "Factuur", ReceivedOn = new DateOnly(2026, 2, 1) });
            db.Households.Add(complaining);
            await db.SaveChangesAsync();
        }

        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<LegalHoldsPage>();
        page.WaitForAssertion(() => Assert.Contains("open klacht", page.Find("[data-testid=holds]").TextContent));

        page.Find("input[data-testid=hold-member]").Change("9999999");
        page.Find("input[data-testid=hold-reason]").Change("kort");
        page.Find("[data-testid=set-hold]").Click();
        page.WaitForAssertion(() => Assert.Contains("Reden moet minstens 10 tekens lang zijn.", page.Markup));

        page.Find("input[data-testid=hold-reason]").Change("Geschil over de laatste factuur");
        page.Find("[data-testid=set-hold]").Click();
        page.WaitForAssertion(() => Assert.Contains("Er is geen huishouden met dit lidnummer.", page.Markup));

        page.Find("input[data-testid=hold-member]").Change("1234567");
        page.Find("[data-testid=set-hold]").Click();
        page.WaitForAssertion(() => Assert.Contains("geschil: Geschil over de laatste factuur", page.Find("[data-testid=holds]").TextContent));

        page.Find("[data-testid=lift-1234567]").Click();
        page.Find("input[data-testid=lift-reason]").Change("Geschil is opgelost met het lid");
        page.Find("[data-testid=confirm-lift]").Click();
        page.WaitForAssertion(() => Assert.DoesNotContain("1234567", page.Find("[data-testid=holds]").TextContent));
    }

    [Fact]
    public void Fg_SettingAHoldOnAnUnknownMemberNumber_SeesCoresMessageUnderTheMemberNumberField()
    {
        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<LegalHoldsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=holds]"));

        page.Find("input[data-testid=hold-member]").Change("9999999");
        page.Find("input[data-testid=hold-reason]").Change("Geschil over de laatste factuur");
        page.Find("[data-testid=set-hold]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "Er is geen huishouden met dit lidnummer.",
            page.Find("input[data-testid=hold-member]").Closest(".mud-input-control")!.TextContent));
        Assert.DoesNotContain("Er is geen huishouden", page.Find("input[data-testid=hold-reason]").Closest(".mud-input-control")!.TextContent);
        Assert.NotNull(page.Find("[data-testid=result-invalid]"));
    }

    private static Household Household(string number)
    {
        var h = new Household { MemberNumber = number, Street = "Dorpsstraat", HouseNumber = 1, Postcode = "1234AB", City = "Tiel" };
        h.Persons.Add(new Person { HouseholdId = h.Id, FirstName = "Piet", LastName = "Smit" });
        return h;
    }
}

public sealed class RetentionHomeCardTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RetentionRunService)];

    [Fact]
    public async Task Card_ShowsTheLatestScheduledPreviewCounts()
    {
        await using (var db = Core.RawDb())
        {
            db.Households.Add(new Household
            {
                MemberNumber = "2345678",
                Status = MembershipStatus.Ended,
                MembershipEndedOn = new DateOnly(2022, 1, 1),
                Street = "Laan",
                Postcode = "1234AB",
                City = "Elst",
            });
            await db.SaveChangesAsync();
        }

        await using (var scope = Core.Scope())
        {
            Core.Get<ActorScope>(scope).Actor = new SystemUser();
            await using var db = await Core.DbAsync(scope);
            await scope.ServiceProvider.GetServices<PanteinExtra.Core.Data.IReferenceDataSeeder>().OfType<RetentionDefaultPolicies>().Single().SeedAsync(db, default);
            await Core.Get<RetentionPreviewService>(scope).CreateAsync(RetentionRunOrigin.Scheduled);
        }

        SignInAs(Roles.PrivacyOfficer);
        var card = Context.Render<RetentionHomeCard>();

        card.WaitForAssertion(() => Assert.Equal("1 verlopen record", card.Find("[data-testid=retention-expired]").TextContent));
        Assert.Contains("Huishouden na einde lidmaatschap: 1", card.Markup);
    }
}
