using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Portal.Features.Retention;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.Retention;

public sealed class RetentionPoliciesPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(RetentionPolicyService)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Core.Scope();
        await using var db = await Core.DbAsync(scope);
        await scope.ServiceProvider.GetServices<IReferenceDataSeeder>().OfType<RetentionDefaultPolicies>().Single().SeedAsync(db, default);
    }

    [Fact]
    public void Administrator_ShorteningBelowTheStatutoryMinimum_SeesTheDutchMessageNextToThePeriod()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<RetentionPoliciesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=edit-contribution]"));

        page.Find("[data-testid=edit-contribution]").Click();
        page.Find("input[data-testid=period-years]").Change("5");
        page.Find("input[data-testid=change-note]").Change("Korter bewaren");
        page.Find("[data-testid=save-policy]").Click();

        page.WaitForAssertion(() => Assert.Contains(
            "De bewaartermijn mag niet korter zijn dan het wettelijk minimum van 7 jaar.",
            page.Find("input[data-testid=period-years]").Closest(".mud-input-control")!.TextContent));
        Assert.Equal("7 jaar", page.Find("[data-testid=period-contribution]").TextContent);
    }

    [Fact]
    public void PrivacyOfficer_ReadsThePolicies_ButHasNoEditButton()
    {
        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<RetentionPoliciesPage>();

        page.WaitForAssertion(() => Assert.Contains("Contributies en betalingen", page.Markup));
        Assert.Contains("art. 52 Algemene wet inzake rijksbelastingen (AWR)", page.Markup);
        Assert.Empty(page.FindAll("[data-testid^=edit-]"));
    }

    [Fact]
    public void Administrator_SavingAValidChange_ShowsTheNewPeriodAndVersion()
    {
        SignInAs(Roles.Administrator);
        var page = Context.Render<RetentionPoliciesPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=edit-household]"));

        page.Find("[data-testid=edit-household]").Click();
        page.Find("input[data-testid=period-years]").Change("1");
        page.Find("input[data-testid=change-note]").Change("Korter na advies FG");
        page.Find("[data-testid=save-policy]").Click();

        page.WaitForAssertion(() => Assert.Equal("1 jaar", page.Find("[data-testid=period-household]").TextContent));
        Assert.StartsWith("2", page.Find("[data-testid=version-household]").TextContent.Trim());
    }
}
