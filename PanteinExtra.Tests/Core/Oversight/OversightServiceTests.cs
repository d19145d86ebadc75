using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Oversight;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.Core.Register;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Oversight;

/// <summary>The FG's start page: what is due, in order, and the trends counted as they are labelled. Today is Monday 2 March 2026.</summary>
public sealed class OversightServiceTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
    }

    private async Task<int> RegisterAsync(RequestType type, DateOnly receivedOn)
    {
        await using var scope = Scope();
        var result = await Get<RequestService>(scope).RegisterAsync(_home.Input(type, receivedOn));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!.Number;
    }

    private async Task<OversightDue> DueAsync()
    {
        await using var scope = Scope();
        return await Get<OversightService>(scope).DueAsync();
    }

    [Fact]
    public async Task Due_ListsOverdueRequestsFirstThenThoseDueWithinAWeek_AndLeavesLaterOnesOut()
    {
        var later = await RegisterAsync(RequestType.Access, new DateOnly(2026, 3, 2));       // due 2 April
        var soon = await RegisterAsync(RequestType.Erasure, new DateOnly(2026, 2, 5));       // due 5 March
        var overdue = await RegisterAsync(RequestType.Rectification, new DateOnly(2026, 1, 20)); // due 20 February

        var due = await DueAsync();

        Assert.Equal([overdue, soon], due.Requests.Select(r => r.Number));
        Assert.True(due.Requests[0].IsOverdue);
        Assert.Equal(-10, due.Requests[0].DaysLeft);
        Assert.Equal(3, due.Requests[1].DaysLeft);
        Assert.Equal(3, due.OpenRequests);
        Assert.DoesNotContain(later, due.Requests.Select(r => r.Number));
    }

    [Fact]
    public async Task Due_NamesProcessorsWhoseAgreementEndsWithinSixtyDaysOrIsMissing_AndActivitiesDueForReview()
    {
        await using (var db = RawDb())
        {
            var ending = new Processor { Name = "Drukkerij Peel", Country = "Nederland", Services = "drukwerk" };
            ending.Agreements.Add(new ProcessingAgreement { ProcessorId = ending.Id, SignedOn = new DateOnly(2024, 1, 1), ExpiresOn = new DateOnly(2026, 4, 1), DocumentReference = "VO-1", Scope = "drukwerk" });
            var fine = new Processor { Name = "Incasso BV", Country = "Nederland", Services = "incasso" };
            fine.Agreements.Add(new ProcessingAgreement { ProcessorId = fine.Id, SignedOn = new DateOnly(2024, 1, 1), ExpiresOn = new DateOnly(2027, 1, 1), DocumentReference = "VO-2", Scope = "incasso" });
            var missing = new Processor { Name = "Mailhuis", Country = "Verenigde Staten", Services = "nieuwsbrief" };
            db.AddRange(ending, fine, missing);
            await db.SaveChangesAsync();
        }

        await using (var scope = Scope())
        {
            var register = Get<RegisterService>(scope);
            await register.CreateAsync(RegisterTestData.Complete("Herziening te laat") with { LastReviewedOn = new DateOnly(2025, 1, 1), NextReviewOn = new DateOnly(2026, 2, 1) });
            await register.CreateAsync(RegisterTestData.Complete("Herziening binnenkort") with { NextReviewOn = new DateOnly(2026, 3, 20) });
            await register.CreateAsync(RegisterTestData.Complete("Herziening volgend jaar"));
        }

        var due = await DueAsync();

        Assert.Equal(["Mailhuis", "Drukkerij Peel"], due.Agreements.Select(a => a.ProcessorName));
        Assert.Equal("Verloopt op 01-04-2026 (over 30 dagen)", due.Agreements[1].Text);
        Assert.Equal(["Herziening te laat", "Herziening binnenkort"], due.Reviews.Select(r => r.ActivityName));
        Assert.True(due.Reviews[0].IsOverdue);
        Assert.False(due.Reviews[1].IsOverdue);
    }

    [Fact]
    public async Task Trends_CountRequestsPerMonthAgainstTheirDeadlineInForce()
    {
        var onTime = await RegisterAsync(RequestType.Access, new DateOnly(2026, 1, 5));
        var late = await RegisterAsync(RequestType.Access, new DateOnly(2025, 12, 1));
        await using (var db = RawDb())
        {
            // Closed as history: one answered in January within its month, one in January after its 1 January deadline.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"DataSubjectRequests\" SET \"Status\" = 'Completed', \"ClosedOn\" = {0} WHERE \"Number\" = {1}", new DateOnly(2026, 1, 20), onTime);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"DataSubjectRequests\" SET \"Status\" = 'Completed', \"ClosedOn\" = {0} WHERE \"Number\" = {1}", new DateOnly(2026, 1, 9), late);
        }

        await using var scope = Scope();
        var trends = await Get<OversightService>(scope).TrendsAsync();

        Assert.Equal(OversightService.TrendMonths, trends.RequestMonths.Count);
        Assert.Equal((2026, 3), (trends.RequestMonths[^1].Year, trends.RequestMonths[^1].Month));
        var january = trends.RequestMonths.Single(m => m is { Year: 2026, Month: 1 });
        Assert.Equal((1, 1, 1), (january.Received, january.AnsweredOnTime, january.AnsweredLate));
        var december = trends.RequestMonths.Single(m => m is { Year: 2025, Month: 12 });
        Assert.Equal((1, 0, 0), (december.Received, december.AnsweredOnTime, december.AnsweredLate));
    }

    [Fact]
    public async Task Trends_CountEmployeesByRoleOnTheDutchDay_AndTheSystemApart()
    {
        var audit = new List<(string Role, AuditOutcome Outcome, DateTime At)>
        {
            (Roles.CallCentre, AuditOutcome.Success, new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc)),
            (Roles.CallCentre, AuditOutcome.Denied, new DateTime(2026, 3, 2, 8, 5, 0, DateTimeKind.Utc)),
            (Roles.Administrator, AuditOutcome.Success, new DateTime(2026, 3, 2, 8, 10, 0, DateTimeKind.Utc)),
            (SystemUser.Role, AuditOutcome.Success, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc)),
            // 23:30 UTC on 1 March is 00:30 on 2 March in the Netherlands.
            (Roles.CallCentre, AuditOutcome.Success, new DateTime(2026, 3, 1, 23, 30, 0, DateTimeKind.Utc)),
            (Roles.CallCentre, AuditOutcome.Success, new DateTime(2026, 3, 1, 22, 30, 0, DateTimeKind.Utc)),
        };
        foreach (var (role, outcome, at) in audit)
        {
            User.As(role);
            await using var scope = Scope();
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(AuditEventTypes.AuditLogSearch, AuditAction.Search) { Outcome = outcome, StartedAtUtc = at });
        }

        User.As(Roles.PrivacyOfficer);
        await using var read = Scope();
        var days = (await Get<OversightService>(read).TrendsAsync()).AccessDays;

        Assert.Equal(OversightService.TrendDays, days.Count);
        var today = days[^1];
        Assert.Equal(new DateOnly(2026, 3, 2), today.Day);
        Assert.Equal((3, 1, 0, 1, 1), (today.CallCentre, today.Administrator, today.PrivacyOfficer, today.Denied, today.System));
        Assert.Equal(1, days[^2].CallCentre);
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task OnlyTheFgReadsTheStartPageFigures_OthersAreRefusedAndTheRefusalIsLogged(string role)
    {
        User.As(role);
        await using var scope = Scope();
        var service = Get<OversightService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.DueAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => service.TrendsAsync());
        await using var db = RawDb();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.EventType.StartsWith("Oversight:") && e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task EachReadIsRecordedInTheAccessLog()
    {
        await DueAsync();
        await using (var scope = Scope())
        {
            await Get<OversightService>(scope).TrendsAsync();
        }

        await using var db = RawDb();
        Assert.Equal(
            [OversightEventTypes.Due, OversightEventTypes.Trends],
            await db.AuditEvents.Where(e => e.EventType.StartsWith("Oversight:")).OrderBy(e => e.Sequence).Select(e => e.EventType).ToListAsync());
    }
}
