using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Members.SignUp;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Members;

/// <summary>Issue 16, point 1: the sign-up form as the agent works it on the phone.</summary>
public sealed class NewMembershipPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(NewMembershipService), typeof(MembershipOptions), typeof(PanteinExtra.Core.Intake.IntakeService)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(Core);
        SignInAs(Roles.CallCentre, "Sanne de Jong");
    }

    private static void Fill(IRenderedComponent<NewMembershipPage> cut, string testId, string value) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input").Change(value);

    private static void Check(IRenderedComponent<NewMembershipPage> cut, string testId) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input").Change(true);

    private static void FillApplicant(IRenderedComponent<NewMembershipPage> cut)
    {
        Fill(cut, "field-first-name", "Maria");
        Fill(cut, "field-last-name", "Berg");
        Fill(cut, "field-infix", "van der");
        Fill(cut, "field-date-of-birth", "14-03-1948");
        Fill(cut, "field-postcode", "5911 CC");
        Fill(cut, "field-house-number", "7");
        Fill(cut, "field-street", "Parade");
        Fill(cut, "field-city", "Venlo");
        Fill(cut, "field-email", "m.vdberg@voorbeeld.nl");
    }

    [Fact]
    public void TheForm_ReadsTheConsentQuestionsAloud_AndAsksAboutTheContactPersonOnlyWhenOneIsNamed()
    {
        var cut = Context.Render<NewMembershipPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=consent-question-Newsletter]")));
        Assert.Contains("Mag Pantein Extra", cut.Find("[data-testid=consent-question-MembersPanel]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=consent-question-ContactThroughContactPerson]"));
        Assert.Contains("Contributie 2026: € 31,00 per jaar", cut.Find("[data-testid=signup-contribution]").TextContent);

        Fill(cut, "field-contact-name", "Ellen van der Berg");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=consent-question-ContactThroughContactPerson]")));
    }

    [Fact]
    public async Task Registering_WithTheNewsletter_ShowsTheMemberNumber_TheHousehold_AndTheWelcomeLetter()
    {
        var cut = Context.Render<NewMembershipPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=consent-question-Newsletter]")));
        FillApplicant(cut);
        Check(cut, "consent-yes-Newsletter");

        cut.Find("[data-testid=signup-register]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Ingeschreven met lidnummer", cut.Find("[data-testid=signup-done]").TextContent), TimeSpan.FromSeconds(3));
        await using var db = Core.RawDb();
        var household = await db.Households.SingleAsync();
        Assert.Equal($"/leden/{household.Id}", cut.Find("[data-testid=signup-open-household]").GetAttribute("href"));
        Assert.Equal(WelcomeLetterEndpoint.For(household.Id), cut.Find("[data-testid=signup-welcome-letter]").GetAttribute("href"));
        Assert.Equal(1, await db.ConsentEvents.CountAsync());
    }

    [Fact]
    public async Task ALikelyDuplicate_IsShownWithWhy_AndNothingIsSavedUntilTheAgentConfirms()
    {
        await using (var db = Core.RawDb())
        {
            db.Households.Add(MemberBuilders.Household("Piet", null, "Smits", postcode: "5911CC", houseNumber: 7));
            await db.SaveChangesAsync();
        }

        var cut = Context.Render<NewMembershipPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=consent-question-Newsletter]")));
        FillApplicant(cut);
        cut.Find("[data-testid=signup-register]").Click();

        var row = cut.WaitForElement("[data-testid=signup-duplicate]");
        Assert.Contains("Piet Smits", row.TextContent);
        Assert.Contains("Zelfde postcode en huisnummer", row.TextContent);
        await using (var db = Core.RawDb())
        {
            Assert.Equal(1, await db.Households.CountAsync());
        }

        Check(cut, "signup-not-a-duplicate");
        cut.Find("[data-testid=signup-register]").Click();

        cut.WaitForElement("[data-testid=signup-done]");
        await using var after = Core.RawDb();
        Assert.Equal(2, await after.Households.CountAsync());
    }

    [Fact]
    public void AMissingName_IsSaidNextToTheField_InDutch()
    {
        var cut = Context.Render<NewMembershipPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=consent-question-Newsletter]")));
        FillApplicant(cut);
        Fill(cut, "field-last-name", "");

        cut.Find("[data-testid=signup-register]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Achternaam is verplicht.", cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=signup-done]"));
    }
}
