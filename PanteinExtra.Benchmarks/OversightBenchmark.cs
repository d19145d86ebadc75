using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Oversight;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>oversight</c> command: the FG's start page figures (what is due, and the trends: requests per month and the
/// access log's events per day by role over 30 days) on a throwaway SQLite file whose events all fall in those 30 days,
/// the worst case for the per-day counts. Each run in a fresh scope, as a new page; 2 warm-up runs are not counted.
/// </summary>
internal static class OversightBenchmark
{
    public static async Task RunAsync(int events, int households, int runs)
    {
        var folder = Directory.CreateTempSubdirectory("oversight-bench-");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={Path.Combine(folder.FullName, "oversight.db")}");
            var today = DateOnly.FromDateTime(DutchTime.ToDutch(DateTime.UtcNow));
            var watch = Stopwatch.StartNew();
            await AuditEventsFiller.FillAsync(
                database, events, households, DutchTime.StartOfDayUtc(today.AddDays(-OversightService.TrendDays + 1)), DateTime.UtcNow);
            Console.WriteLine($"generated {households} households and {events} audit events over {OversightService.TrendDays} days in {watch.Elapsed.TotalSeconds:F1} s");

            await using var services = BenchmarkServices.Create(database.Options, BenchmarkUser.PrivacyOfficer);
            var due = new List<double>();
            var trends = new List<double>();
            for (var i = -2; i < runs; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var oversight = scope.ServiceProvider.GetRequiredService<OversightService>();
                watch.Restart();
                await oversight.DueAsync();
                var dueMs = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                var figures = await oversight.TrendsAsync();
                var trendsMs = watch.Elapsed.TotalMilliseconds;
                if (figures.AccessDays.Sum(d => d.ByStaff + d.System) < events)
                {
                    throw new InvalidOperationException("The trends counted fewer events than the filler wrote.");
                }

                if (i >= 0)
                {
                    due.Add(dueMs);
                    trends.Add(trendsMs);
                }
            }

            Console.WriteLine(Timings.Line("FG start page, what is due", due, events, "audit events"));
            Console.WriteLine(Timings.Line("FG start page, trends (12 months of requests, 30 days of access by role)", trends, events, "audit events"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
