using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>A newcomer sees the control working: reviewed findings, last month's report signed off, one open finding.</summary>
public sealed class LogControlDemoDataTests : CoreTestHost
{
    protected override bool SeedDemoData => true;

    [Fact]
    public async Task DemoData_HasReviewedAndOpenFindingsAndLastMonthSignedOff()
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var findings = Get<FindingReviewService>(scope);
        var reports = Get<ControlReportService>(scope);

        var open = await findings.ListAsync(new FindingQuery { Reviewed = false });
        var reviewed = await findings.ListAsync(new FindingQuery { Reviewed = true });
        var home = await reports.HomeStatusAsync();
        var lastMonth = await reports.GetAsync(home.Previous);

        Assert.Equal(1, open.TotalCount);
        Assert.Equal(2, reviewed.TotalCount);
        Assert.Contains(reviewed.Items, f => f.Escalation == FindingEscalation.Manager);
        Assert.Equal(ControlReportStatus.SignedOff, home.PreviousStatus);
        Assert.Equal(2, lastMonth.Findings.Count);
        Assert.Equal(25, lastMonth.Sample.Count);
        Assert.Equal(1, lastMonth.Figures.SampleQuestions);
        Assert.True((await reports.VerifyDrawAsync(home.Previous)).Succeeded);
        await using var db = RawDb();
        Assert.Equal(3, await db.ControlRuns.CountAsync());
    }
}
