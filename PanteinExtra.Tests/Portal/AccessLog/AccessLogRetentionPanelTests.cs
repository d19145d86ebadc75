using Bunit;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Auditing.Pruning;
using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Features.AccessLog;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.AccessLog;

public sealed class AccessLogRetentionPanelTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(AuditLogPruneService)];

    [Fact]
    public async Task Panel_ShowsWhatHasExpired_AndPrunesOnlyAfterConfirmation()
    {
        await Core.SeedRetentionPoliciesAsync();
        await Core.RecordTestEventsAsync(3);
        Core.Clock.SetUtcNow(new DateTimeOffset(2031, 6, 2, 9, 30, 0, TimeSpan.Zero));
        await Core.RecordTestEventsAsync(1);
        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var panel = Context.Render<AccessLogRetentionPanel>();

        panel.WaitForAssertion(() => Assert.Contains("kunnen worden verwijderd", panel.Find("[data-testid=prune-summary]").TextContent));
        Assert.Contains("Bewaartermijn 5 jaar na de gebeurtenis", panel.Markup);
        Assert.Contains("3 juni 2026", panel.Markup);
        Assert.Contains("nog niet ingekort", panel.Find("[data-testid=prune-history]").TextContent);

        panel.Find("[data-testid=prune-start]").Click();
        await using (var db = Core.RawDb())
        {
            Assert.Equal(0, await db.AuditLogPrunes.CountAsync());
        }

        panel.Find("[data-testid=prune-confirm]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Het toegangslog is ingekort", panel.Find("[data-testid=prune-result]").TextContent));
        Assert.Contains("Mohammed el Amrani", panel.Find("[data-testid=prune-history]").TextContent);
        Assert.Contains("Er is niets te verwijderen", panel.Find("[data-testid=prune-summary]").TextContent);
        Assert.True(panel.Find("[data-testid=prune-start]").HasAttribute("disabled"));
    }
}
