using Bunit;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Reports;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Requests;

public sealed class AccessReportPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RequestService), typeof(AccessReportService)];

    [Fact]
    public async Task WithoutARegister_TheFgIsWarnedWhatIsMissing_AndTheMemberReadsTheRightsAndWhoConsulted()
    {
        var home = await RequestTestHousehold.CreateAsync(Core);
        SignInAs(Roles.PrivacyOfficer);
        Guid id;
        await using (var scope = Core.Scope())
        {
            id = (await Core.Get<RequestService>(scope).RegisterAsync(
                home.Input(RequestType.Access, DutchTime.Today(Core.Clock), checks: RequestIdentityChecks.CallBackOnKnownNumber))).Value!.Id;
        }

        var page = Context.Render<AccessReportPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Contains("Johanna van der Berg", page.Find("[data-testid=access-report]").TextContent));
        Assert.Contains("Uw lidmaatschap, adres en contactgegevens: geen verwerking in het register", page.Find("[data-testid=access-report-gaps]").TextContent);
        var rights = page.Find("[data-testid=access-report-rights]").TextContent;
        foreach (var (right, _) in AccessReportText.Rights)
        {
            Assert.Contains(right, rights);
        }

        Assert.Contains("Van deze soorten gegevens hebben wij niets van u vastgelegd:", page.Find("[data-testid=access-report-no-data]").TextContent.Replace("\n", " "));
        Assert.NotEmpty(page.FindAll("[data-testid=access-report-consultation]"));
        Assert.Equal($"/verzoeken/{id}/inzageoverzicht.pdf", page.Find("[data-testid=access-report-pdf]").GetAttribute("href"));
    }
}
