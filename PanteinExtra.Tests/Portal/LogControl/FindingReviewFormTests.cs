using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Portal.Features.LogControl;
using PanteinExtra.Tests.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.LogControl;

/// <summary>The finding page and its review form over the real Core: Dutch messages next to the fields, then the review shown.</summary>
public sealed class FindingReviewFormTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(FindingReviewService)];

    [Fact]
    public async Task Fg_ExplainsWithoutANote_SeesTheDutchMessage_ThenEscalatesToTheManager()
    {
        var finding = await LogControlTestData.AfterHoursFindingAsync(Core);
        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var page = Context.Render<FindingPage>(p => p.Add(x => x.Id, finding));
        page.WaitForAssertion(() => Assert.Contains("400001", page.Find("[data-testid=finding-households]").TextContent));
        Assert.Contains("Huishouden geopend", page.Find("[data-testid=finding-events]").TextContent);
        Assert.Contains("02-03-2026 21:30", page.Find("[data-testid=finding-events]").TextContent);

        page.Find("[data-testid=review-submit]").Click();
        page.WaitForAssertion(() => Assert.Contains("Toelichting is verplicht.", page.Markup));

        page.Find("input[data-testid=review-not-justified]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=escalate-manager]"));
        page.Find("input[data-testid=escalate-manager]").Click();
        page.WaitForAssertion(() => page.Find("input[data-testid=review-manager]"));
        page.Find("textarea[data-testid=review-note]").Change("Besproken met de teamleider.");
        page.Find("[data-testid=review-submit]").Click();
        page.WaitForAssertion(() => Assert.Contains("Vul in aan welke leidinggevende", page.Markup));

        page.Find("input[data-testid=review-manager]").Change("Ingrid Peters");
        page.Find("[data-testid=review-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("Voorgelegd aan de leidinggevende: Ingrid Peters.", page.Find("[data-testid=finding-review]").TextContent));
        Assert.Contains("niet gerechtvaardigd, voorgelegd aan Ingrid Peters", page.Find("[data-testid=result-ok]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=finding-review-form]"));
    }
}
