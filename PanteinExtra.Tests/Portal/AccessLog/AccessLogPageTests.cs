using Bunit;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Features.AccessLog;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.AccessLog;

public sealed class AccessLogPageTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(AuditLogService), typeof(IAuditLog)];

    [Fact]
    public async Task AccessLog_ShowsWhoAccessedWhat_WithDutchOutcomes()
    {
        SignInAs(Roles.CallCentre, "Sanne de Jong");
        await using (var scope = Core.Scope())
        {
            await Core.Get<IAuditLog>(scope).RecordAsync(new AuditRecord("Household:View", AuditAction.View) { PurposeOfUse = "telefonisch contact" });
        }

        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<AccessLogPage>();

        page.WaitForAssertion(() => Assert.Contains("Huishouden geopend", page.Markup));
        Assert.DoesNotContain("Household:View", page.Markup);
        Assert.Contains("Sanne de Jong", page.Markup);
        Assert.Contains("telefonisch contact", page.Markup);
        Assert.Contains("gelukt", page.Markup);
        Assert.Contains("inzage", page.Markup);
    }

    [Fact]
    public void ChainCheck_ReportsAnIntactChain()
    {
        SignInAs(Roles.PrivacyOfficer);
        var page = Context.Render<AccessLogPage>();

        page.Find("[data-testid=verify-chain]").Click();

        page.WaitForAssertion(() => Assert.Contains("onbeschadigd", page.Find("[data-testid=chain-result]").TextContent));
    }
}
