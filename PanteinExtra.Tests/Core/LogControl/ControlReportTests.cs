using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;
using static PanteinExtra.Tests.Core.LogControl.LogControlTestData;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>The FG's monthly control report: findings and their reviews, a reproducible sample, sign-off, then frozen.</summary>
public sealed class ControlReportTests : CoreTestHost
{
    private static readonly ReportMonth March = new(2026, 3);

    [Fact]
    public void Draw_WithTheSameSeed_GivesTheSameAccessesInTheSameOrder()
    {
        var population = Enumerable.Range(1, 1000).Select(i => (long)i * 3).Reverse().ToList();

        var first = SampleDraw.Draw(population, 424242, 25);
        var again = SampleDraw.Draw(population, 424242, 25);
        var other = SampleDraw.Draw(population, 424243, 25);

        Assert.Equal(25, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(25, first.Distinct().Count());
        Assert.All(first, s => Assert.Contains(s, population));
        Assert.Equal(3, SampleDraw.Draw([5, 6, 7], 1, 25).Count);
    }

    [Fact]
    public async Task Sample_IsDrawnOnlyFromTheMonthsHouseholdViewsAndCanBeShownAgain()
    {
        var (inMarch, outside) = await AccessesAroundMarchAsync();
        Fg();
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 5, 9, 0, 0, TimeSpan.Zero));
        await using var scope = Scope();
        var reports = Get<ControlReportService>(scope);
        Assert.True((await reports.StartAsync(March)).Succeeded);

        var drawn = await reports.DrawSampleAsync(March);

        Assert.True(drawn.Succeeded, drawn.Message);
        var view = await reports.GetAsync(March);
        Assert.Equal(25, view.Sample.Count);
        Assert.Equal(30, view.Report!.Population);
        Assert.NotNull(view.Report.Seed);
        Assert.All(view.Sample, s => Assert.Contains(s.Sequence, inMarch));
        Assert.DoesNotContain(view.Sample, s => outside.Contains(s.Sequence));
        Assert.Equal(SampleDraw.Draw(inMarch, view.Report.Seed!.Value, 25), view.Sample.Select(s => s.Sequence));
        Assert.True((await reports.VerifyDrawAsync(March)).Succeeded);
        Assert.Equal(ResultStatus.Refused, (await reports.DrawSampleAsync(March)).Status);
    }

    [Fact]
    public async Task Sample_BeforeTheMonthHasEnded_IsRefused()
    {
        Fg();
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));
        await using var scope = Scope();
        var reports = Get<ControlReportService>(scope);
        await reports.StartAsync(March);

        var drawn = await reports.DrawSampleAsync(March);

        Assert.Equal(ResultStatus.Refused, drawn.Status);
        Assert.Contains("maart 2026 loopt nog", drawn.Message);
        Assert.Equal(ResultStatus.Refused, (await reports.StartAsync(new ReportMonth(2026, 4))).Status);
    }

    [Fact]
    public async Task SignOff_WaitsForEveryFindingAndCheckThenFreezesTheReport()
    {
        var finding = await AfterHoursFindingAsync(this);
        await AccessesAroundMarchAsync();
        Fg();
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 5, 9, 0, 0, TimeSpan.Zero));
        await using (var scope = Scope())
        {
            var reports = Get<ControlReportService>(scope);
            await reports.StartAsync(March);
            await reports.DrawSampleAsync(March);
            var draft = await reports.GetAsync(March);

            var early = await reports.SignOffAsync(March, new SignOffInput { Conclusion = "In orde.", ConcurrencyStamp = draft.Report!.ConcurrencyStamp });

            Assert.Equal(ResultStatus.Refused, early.Status);
            Assert.Contains("25 toegangen uit de steekproef nog niet gecontroleerd", early.Message);
            Assert.Contains("1 bevinding van deze maand nog niet beoordeeld", early.Message);
        }

        await ReviewAsync(this, finding, new FindingReviewInput { Status = FindingStatus.Explained, Note = "Avonddienst op verzoek." });
        Fg();
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 5, 10, 0, 0, TimeSpan.Zero));
        await using (var scope = Scope())
        {
            var reports = Get<ControlReportService>(scope);
            var draft = await reports.GetAsync(March);
            foreach (var s in draft.Sample)
            {
                var verdict = s.Ordinal == 1 ? new SampleCheckInput { Verdict = SampleVerdict.Question, Note = "Waarom geopend zonder gesprek?" } : new SampleCheckInput();
                Assert.True((await reports.CheckSampleAsync(March, s.Id, verdict)).Succeeded);
            }

            draft = await reports.GetAsync(March);
            Assert.True(draft.CanSignOff);
            var signed = await reports.SignOffAsync(March, new SignOffInput { Conclusion = "De controle is uitgevoerd; één vraag uitgezet.", ConcurrencyStamp = draft.Report!.ConcurrencyStamp });
            Assert.True(signed.Succeeded, signed.Message);

            var report = await reports.GetAsync(March);
            Assert.Equal(ControlReportStatus.SignedOff, report.Status);
            Assert.Equal("Mohammed el Amrani", report.Report!.SignedOffBy);
            Assert.Equal("05-04-2026 12:00", Dutch.Moment(report.Report.SignedOffAtUtc));
            Assert.Equal(new ControlReportFigures(1, 1, 0, 0, 0, 1, 1, 1), report.Figures);
            var row = Assert.Single(report.Findings);
            Assert.Equal("Avonddienst op verzoek.", row.ReviewNote);

            var change = await reports.CheckSampleAsync(March, report.Sample[0].Id, new SampleCheckInput());
            Assert.Equal(ResultStatus.Refused, change.Status);
            Assert.Equal("Het maandrapport van maart 2026 is op 05-04-2026 12:00 afgetekend door Mohammed el Amrani en wordt niet meer gewijzigd.", change.Message);
            var again = await reports.SignOffAsync(March, new SignOffInput { Conclusion = "Nog eens.", ConcurrencyStamp = report.Report.ConcurrencyStamp });
            Assert.Equal(ResultStatus.Refused, again.Status);
            Assert.Equal(ResultStatus.Refused, (await reports.DrawSampleAsync(March)).Status);
        }

        // A later finding in March (a run of another day afterwards) does not alter what was signed.
        await ViewAsync(this, new DateTimeOffset(2026, 3, 10, 22, 0, 0, TimeSpan.Zero), (await RawDb().Households.FirstAsync()).Id);
        Fg();
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.Zero));
        await using (var scope = Scope())
        {
            await Get<LogControlService>(scope).RunAsync(new DateOnly(2026, 3, 10));
            var report = await Get<ControlReportService>(scope).GetAsync(March);
            Assert.Single(report.Findings);
            Assert.Equal(1, report.Figures.Findings);
        }
    }

    [Fact]
    public async Task Export_HasASummaryFindingsAndSampleSheetInDutch()
    {
        var finding = await AfterHoursFindingAsync(this);
        await ReviewAsync(this, finding, new FindingReviewInput
        {
            Status = FindingStatus.NotJustified,
            Escalation = FindingEscalation.Manager,
            ManagerName = "Ingrid Peters",
            Note = "Besproken met de leidinggevende.",
        });
        await AccessesAroundMarchAsync();
        Fg();
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 5, 9, 0, 0, TimeSpan.Zero));
        await using var scope = Scope();
        var reports = Get<ControlReportService>(scope);
        await reports.StartAsync(March);
        await reports.DrawSampleAsync(March);
        var first = (await reports.GetAsync(March)).Sample[0];
        await reports.CheckSampleAsync(March, first.Id, new SampleCheckInput { Verdict = SampleVerdict.Question, Note = "Navragen." });

        var bytes = await Get<ControlReportExportService>(scope).ExportAsync(March);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(["Samenvatting", "Bevindingen", "Steekproef"], workbook.Worksheets.Select(w => w.Name));
        var summary = workbook.Worksheet("Samenvatting");
        Assert.Equal("maart 2026", summary.Cell(1, 2).GetString());
        Assert.Equal("Concept", summary.Cell(2, 2).GetString());
        Assert.Equal(1, summary.Cell(8, 2).GetValue<int>());
        Assert.Equal(33, summary.Cell(12, 2).GetValue<int>());
        var findings = workbook.Worksheet("Bevindingen");
        Assert.Equal("Datum", findings.Cell(1, 1).GetString());
        Assert.Equal("02-03-2026", findings.Cell(2, 1).GetString());
        Assert.Equal("Buiten werktijd", findings.Cell(2, 2).GetString());
        Assert.Equal("Sanne de Jong", findings.Cell(2, 3).GetString());
        Assert.Equal("Niet gerechtvaardigd", findings.Cell(2, 6).GetString());
        Assert.Equal("Ingrid Peters", findings.Cell(2, 8).GetString());
        var sample = workbook.Worksheet("Steekproef");
        Assert.Equal("Lidnummer", sample.Cell(1, 9).GetString());
        Assert.Equal(first.Sequence, sample.Cell(2, 2).GetValue<long>());
        Assert.Equal("Huishouden geopend", sample.Cell(2, 6).GetString());
        Assert.Equal("Vraag aan de medewerker", sample.Cell(2, 10).GetString());
        Assert.Equal("Navragen.", sample.Cell(2, 11).GetString());
        Assert.Equal(26, sample.LastRowUsed()!.RowNumber());
        await using var db = RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == LogControlReviewEventTypes.ReportExport && e.SubjectHouseholdId == first.HouseholdId));
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task Report_ByAnyoneButTheFg_IsRefused(string role)
    {
        User.As(role);
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 5, 9, 0, 0, TimeSpan.Zero));
        await using var scope = Scope();
        var reports = Get<ControlReportService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => reports.ListAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.HomeStatusAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.GetAsync(March));
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.StartAsync(March));
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.DrawSampleAsync(March));
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.VerifyDrawAsync(March));
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.CheckSampleAsync(March, Guid.NewGuid(), new SampleCheckInput()));
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.SignOffAsync(March, new SignOffInput { Conclusion = "x" }));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<ControlReportExportService>(scope).ExportAsync(March));
        await using var db = RawDb();
        Assert.Equal(0, await db.ControlReports.CountAsync());
    }

    private void Fg() => User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

    /// <summary>30 household views in March (daytime, on 30 days), 3 in February and 3 in April, and a search in March (not a view).</summary>
    private async Task<(List<long> InMarch, List<long> Outside)> AccessesAroundMarchAsync()
    {
        var household = await HouseholdAsync(this, "500001", "Visser");
        for (var day = 1; day <= 30; day++)
        {
            await ViewAsync(this, new DateTimeOffset(2026, 3, day, 10, 0, 0, TimeSpan.Zero), household);
        }

        for (var day = 26; day <= 28; day++)
        {
            await ViewAsync(this, new DateTimeOffset(2026, 2, day, 10, 0, 0, TimeSpan.Zero), household);
            await ViewAsync(this, new DateTimeOffset(2026, 4, day - 25, 10, 0, 0, TimeSpan.Zero), household);
        }

        await using var db = RawDb();
        var events = await db.AuditEvents.Where(e => e.EventType == PanteinExtra.Core.Members.MembersEventTypes.HouseholdView && e.SubjectHouseholdId == household)
            .Select(e => new { e.Sequence, e.StartedAtUtc }).ToListAsync();
        return (events.Where(e => e.StartedAtUtc >= March.FromUtc && e.StartedAtUtc < March.ToUtc).Select(e => e.Sequence).ToList(),
            events.Where(e => e.StartedAtUtc < March.FromUtc || e.StartedAtUtc >= March.ToUtc).Select(e => e.Sequence).ToList());
    }
}
