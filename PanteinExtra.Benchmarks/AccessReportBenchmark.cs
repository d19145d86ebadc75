using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Reports;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>accessreport</c> command: times the FG's Art. 15 report for one member (build: role check, the member's data,
/// the register, the grouped consultations, the audit event; then the A4 PDF and the xlsx) on a throwaway SQLite file
/// whose audit events fall on few households over a year, so the member has thousands of consultations to group.
/// </summary>
internal static class AccessReportBenchmark
{
    private const int WarmUpRuns = 2;

    public static async Task RunAsync(int events, int households, int activities, int runs)
    {
        var folder = Directory.CreateTempSubdirectory("access-report-bench-");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={Path.Combine(folder.FullName, "report.db")}");
            var watch = Stopwatch.StartNew();
            var now = DateTime.UtcNow;
            var ids = await AuditEventsFiller.FillAsync(database, events, households, now.AddDays(-365), now);
            await using var services = BenchmarkServices.Create(database.Options, BenchmarkUser.PrivacyOfficer);
            Guid requestId;
            await using (var scope = services.CreateAsyncScope())
            {
                await RegisterFiller.FillAsync(scope.ServiceProvider, activities);
                var household = ids[0].Id;
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<Core.Data.PortalDbContext>>().CreateDbContextAsync();
                var person = await db.Persons.Where(p => p.HouseholdId == household).Select(p => p.Id).FirstAsync();
                var registered = await scope.ServiceProvider.GetRequiredService<RequestService>().RegisterAsync(new RegisterRequestInput
                {
                    Type = RequestType.Access,
                    ReceivedOn = DutchTime.Today(TimeProvider.System),
                    Channel = ReceivedChannel.Letter,
                    HouseholdId = household,
                    PersonId = person,
                    Requester = RequesterKind.DataSubject,
                    ChecksOnIntake = RequestIdentityChecks.CallBackOnKnownNumber,
                });
                requestId = registered.Value?.Id ?? throw new InvalidOperationException(registered.Message);
            }

            Console.WriteLine($"generated {households} households, {events} audit events and {activities} register activities in {watch.Elapsed.TotalSeconds:F1} s");
            var build = new List<double>();
            var pdf = new List<double>();
            var xlsx = new List<double>();
            var consultations = 0;
            var pages = 0L;
            for (var i = 0; i < runs + WarmUpRuns; i++)
            {
                await using var scope = services.CreateAsyncScope();
                watch.Restart();
                var report = await scope.ServiceProvider.GetRequiredService<AccessReportService>().BuildAsync(requestId);
                var built = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var document = AccessReportPdf.Render(report);
                var rendered = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                AccessReportWorkbook.Write(report);
                var written = watch.Elapsed.TotalMilliseconds;
                consultations = report.ConsultationCount;
                pages = document.Length;
                if (i >= WarmUpRuns)
                {
                    build.Add(built);
                    pdf.Add(rendered);
                    xlsx.Add(written);
                }
            }

            Console.WriteLine($"  (the member has {consultations} consultations; the PDF is {pages / 1024} KiB)");
            Console.WriteLine(Timings.Line("access report, build", build, events, "audit events"));
            Console.WriteLine(Timings.Line("access report, A4 PDF", pdf, events, "audit events"));
            Console.WriteLine(Timings.Line("access report, xlsx", xlsx, events, "audit events"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
