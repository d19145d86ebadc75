using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>logcontrol</c> command, over a throwaway SQLite file with the given number of access-log events spread over the
/// last 31 days (so that every event is read by the runs: a day's rules read that day, the volume rule the 30 days
/// before). Times, through the real Core services as the FG: the control run of each of the last 30 days (all rules)
/// and those 30 runs together, and the access log's page with a member-number or an employee filter (25 rows, with the
/// total count and the FG's own audited search).
/// </summary>
internal static class LogControlBenchmark
{
    private const int Days = 30;

    public static async Task RunAsync(int events, int households, int pageRuns)
    {
        var folder = Directory.CreateTempSubdirectory("logcontrol-bench-");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={Path.Combine(folder.FullName, "logcontrol.db")}");
            var today = DateOnly.FromDateTime(DutchTime.ToDutch(DateTime.UtcNow));
            var watch = Stopwatch.StartNew();
            var members = await AuditEventsFiller.FillAsync(
                database, events, households, DutchTime.StartOfDayUtc(today.AddDays(-Days - 1)), DutchTime.StartOfDayUtc(today));
            Console.WriteLine($"generated {households} households and {events} audit events over {Days + 1} days in {watch.Elapsed.TotalSeconds:F1} s");

            await using var services = BenchmarkServices.Create(database.Options, BenchmarkUser.PrivacyOfficer);
            var runs = new List<double>();
            var total = Stopwatch.StartNew();
            var findings = 0;
            for (var day = today.AddDays(-Days); day < today; day = day.AddDays(1))
            {
                await using var scope = services.CreateAsyncScope();
                watch.Restart();
                var run = await scope.ServiceProvider.GetRequiredService<LogControlService>().RunAsync(day);
                runs.Add(watch.Elapsed.TotalMilliseconds);
                findings += run.Findings;
            }

            total.Stop();
            Console.WriteLine($"  ({findings} findings over {Days} days)");
            Console.WriteLine(Timings.Line("control run of one day, all rules", runs, events, "audit events"));
            Console.WriteLine(Timings.Line($"control runs of {Days} days together", [total.Elapsed.TotalMilliseconds], events, "audit events"));

            var random = new Random(7);
            var byMember = await TimeSearchesAsync(services, pageRuns, () => new AuditLogQuery { MemberNumber = members[random.Next(members.Count)].MemberNumber });
            Console.WriteLine(Timings.Line("access log page, member-number filter", byMember, events, "audit events"));
            var byEmployee = await TimeSearchesAsync(services, pageRuns, () => new AuditLogQuery { UserId = AuditEventsFiller.Agent(random.Next(AuditEventsFiller.Employees)) });
            Console.WriteLine(Timings.Line("access log page, employee filter", byEmployee, events, "audit events"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Each search in a fresh scope, like a new page; five warm-up searches are not counted.</summary>
    private static async Task<List<double>> TimeSearchesAsync(IServiceProvider services, int runs, Func<AuditLogQuery> query)
    {
        var timings = new List<double>();
        var watch = new Stopwatch();
        for (var i = -5; i < runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var log = scope.ServiceProvider.GetRequiredService<AuditLogService>();
            var q = query();
            watch.Restart();
            var page = await log.SearchAsync(q);
            watch.Stop();
            if (page.Items.Count == 0)
            {
                throw new InvalidOperationException("A benchmark search found nothing: the filler and the query disagree.");
            }

            if (i >= 0)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }
}
