using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.LogControl;

/// <summary>
/// The access-log control at work, made through the real Core services: last month an agent's household views by day
/// and twice late in the evening; the control ran over those evenings; the FG explained one finding and took the other
/// to the agent's manager; last month's report was drawn, checked and signed off. Then one open finding from last night.
/// </summary>
public sealed class LogControlDemoDataSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly DemoActor Agent = new("demo-klantcontact-1", "Sanne de Jong", Roles.CallCentre);
    private static readonly DemoActor Officer = new("demo-fg", "Mohammed el Amrani", Roles.PrivacyOfficer);

    public int Order => 500;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.ControlReports.AnyAsync(ct) || await db.ControlFindings.AnyAsync(ct))
        {
            return;
        }

        var households = await db.Households.AsNoTracking().Where(h => h.Status == MembershipStatus.Active)
            .OrderBy(h => h.MemberNumber).Select(h => h.Id).Skip(10).Take(12).ToListAsync(ct);
        if (households.Count < 12)
        {
            return;
        }

        var lastMonth = ReportMonth.Current(clock).Previous;
        var evenings = new[] { lastMonth.FirstDay.AddDays(9), lastMonth.FirstDay.AddDays(16) };

        // Last month: daytime views on working days (the sample's population) and two evenings after hours.
        await AsAsync(Agent, async sp =>
        {
            var log = sp.GetRequiredService<IAuditLog>();
            var i = 0;
            for (var day = lastMonth.FirstDay; day <= lastMonth.LastDay; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                foreach (var hour in new[] { 10, 14 })
                {
                    await ViewAsync(log, households[i++ % 8], At(day, hour, 5 + i % 50), "telefonisch contact: lid zelf, geverifieerd", ct);
                }
            }

            await ViewAsync(log, households[8], At(evenings[0], 21, 40), "telefonisch contact: lid zelf, geverifieerd", ct);
            await ViewAsync(log, households[9], At(evenings[1], 22, 15), null, ct);
            await ViewAsync(log, households[10], At(evenings[1], 22, 18), null, ct);
        });

        await AsAsync(Officer, async sp =>
        {
            var control = sp.GetRequiredService<LogControlService>();
            var findings = sp.GetRequiredService<FindingReviewService>();
            foreach (var day in evenings)
            {
                await control.RunAsync(day, ct);
            }

            var open = await findings.ListAsync(new FindingQuery { Reviewed = false, From = lastMonth.FirstDay, To = lastMonth.LastDay }, ct);
            foreach (var row in open.Items)
            {
                var details = await findings.GetAsync(row.Id, ct);
                var input = row.Day == evenings[0]
                    ? new FindingReviewInput { Status = FindingStatus.Explained, Note = "Terugbelafspraak met het lid na 21:00 uur, genoteerd in het gespreksverslag." }
                    : new FindingReviewInput
                    {
                        Status = FindingStatus.NotJustified,
                        Escalation = FindingEscalation.Manager,
                        ManagerName = "Petra van Dijk",
                        Note = "Geen gesprek en geen verzoek bij deze huishoudens. Besproken met de teamleider; de medewerker volgt de privacytraining opnieuw.",
                    };
                input.ConcurrencyStamp = details!.Finding.ConcurrencyStamp;
                await findings.ReviewAsync(row.Id, input, ct);
            }

            var reports = sp.GetRequiredService<ControlReportService>();
            await reports.StartAsync(lastMonth, ct);
            await reports.DrawSampleAsync(lastMonth, ct);
            var report = await reports.GetAsync(lastMonth, ct);
            foreach (var s in report.Sample)
            {
                var check = s.Ordinal == 3
                    ? new SampleCheckInput { Verdict = SampleVerdict.Question, Note = "Gevraagd naar de aanleiding; antwoord: adreswijziging doorgegeven door het lid." }
                    : new SampleCheckInput { Verdict = SampleVerdict.Ok };
                await reports.CheckSampleAsync(lastMonth, s.Id, check, ct);
            }

            report = await reports.GetAsync(lastMonth, ct);
            await reports.SignOffAsync(
                lastMonth,
                new SignOffInput
                {
                    Conclusion = "De controle is elke nacht uitgevoerd. Twee bevindingen: één verklaard, één niet gerechtvaardigd en met de leidinggevende besproken. De steekproef gaf één vraag, die is beantwoord. Geen datalek.",
                    ConcurrencyStamp = report.Report!.ConcurrencyStamp,
                },
                ct);
        });

        // Last night: one finding the FG has not yet reviewed.
        var yesterday = DutchTime.Today(clock).AddDays(-1);
        await AsAsync(Agent, sp => ViewAsync(sp.GetRequiredService<IAuditLog>(), households[11], At(yesterday, 23, 5), null, ct));
        await AsAsync(Officer, sp => sp.GetRequiredService<LogControlService>().RunAsync(yesterday, ct));
    }

    private static DateTime At(DateOnly day, int hour, int minute) => DutchTime.ToUtc(day.ToDateTime(new TimeOnly(hour, minute)));

    private static Task ViewAsync(IAuditLog log, Guid household, DateTime atUtc, string? purpose, CancellationToken ct) =>
        log.RecordAsync(new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View) { SubjectHouseholdId = household, StartedAtUtc = atUtc, PurposeOfUse = purpose }, ct);

    private async Task AsAsync(ICurrentUser actor, Func<IServiceProvider, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = actor;
        await work(scope.ServiceProvider);
    }

    private sealed class DemoActor(string userId, string name, string role) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string UserId { get; } = userId;

        public string DisplayName { get; } = name;

        public IReadOnlyCollection<string> Roles { get; } = [role];
    }
}
