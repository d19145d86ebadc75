using Bunit;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Portal.Features.Home;
using PanteinExtra.Tests.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Portal.LogControl;

/// <summary>The FG's start page shows the control as it runs: open findings, last run, last chain check, the month's report.</summary>
public sealed class LogControlHomeCardTests : CoreBackedComponentTest
{
    protected override IEnumerable<Type> CoreServices => [typeof(LogControlService), typeof(ControlReportService), typeof(AuditLogService)];

    [Fact]
    public void Card_BeforeAnyControl_SaysSoInDutch()
    {
        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var card = Context.Render<LogControlHomeCard>();

        card.WaitForAssertion(() => Assert.Contains("0 open bevindingen", card.Find("[data-testid=logcontrol-open-findings]").TextContent));
        Assert.Contains("Nog niet uitgevoerd", card.Find("[data-testid=logcontrol-last-run]").TextContent);
        Assert.Contains("Nog niet gecontroleerd", card.Find("[data-testid=logcontrol-chain]").TextContent);
        Assert.Contains("Maart 2026: nog niet begonnen", card.Find("[data-testid=logcontrol-report-current]").TextContent);
    }

    [Fact]
    public async Task Card_AfterARunAndAChainCheck_ShowsTheOpenFindingTheRunTheCheckAndTheDraft()
    {
        await LogControlTestData.AfterHoursFindingAsync(Core);
        Core.User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using (var scope = Core.Scope())
        {
            await Core.Get<AuditLogService>(scope).VerifyChainAsync();
            await Core.Get<ControlReportService>(scope).StartAsync(new ReportMonth(2026, 3));
        }

        SignInAs(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var card = Context.Render<LogControlHomeCard>();

        card.WaitForAssertion(() => Assert.Contains("1 open bevinding", card.Find("[data-testid=logcontrol-open-findings]").TextContent));
        Assert.Contains("over 02-03-2026", card.Find("[data-testid=logcontrol-last-run]").TextContent);
        Assert.Contains("Onbeschadigd", card.Find("[data-testid=logcontrol-chain]").TextContent);
        Assert.Contains("Maart 2026: concept", card.Find("[data-testid=logcontrol-report-current]").TextContent);
        Assert.Contains("Februari 2026: nog niet begonnen", card.Find("[data-testid=logcontrol-report-previous]").TextContent);
    }
}
