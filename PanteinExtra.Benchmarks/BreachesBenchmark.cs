using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>breaches</c> command: times deriving the affected persons of a breach from the access log (one employee,
/// one month) over a throwaway SQLite file with the real migrations and the given number of audit events, spread over
/// a year by <see cref="AuditEventsFiller"/>. Prints <c>breach affected from access log: p50 ... (n runs, M audit events)</c>.
/// </summary>
internal static class BreachesBenchmark
{
    public static async Task RunAsync(int events, int households, int runs)
    {
        var folder = Directory.CreateTempSubdirectory("breach-bench-");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={Path.Combine(folder.FullName, "breaches.db")};Pooling=False");
            var watch = Stopwatch.StartNew();
            var now = DateTime.UtcNow;
            var ids = (await AuditEventsFiller.FillAsync(database, events, households, now.AddDays(-365), now)).Count;
            Console.WriteLine($"generated {households} households and {events} audit events in {watch.Elapsed.TotalSeconds:F1} s");

            await using var db = database.CreateBulkContext();
            var to = DateOnly.FromDateTime(DateTime.UtcNow);
            var from = to.AddDays(-30);
            var found = (await AccessLogDerivation.ViewedAsync(db, "agent-07", from, to, CancellationToken.None)).Count; // warm-up
            var timings = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var user = AuditEventsFiller.Agent(i);
                watch.Restart();
                await AccessLogDerivation.ViewedAsync(db, user, from, to, CancellationToken.None);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  (agent-07 viewed {found} households or persons in the month; {ids} households)");
            Console.WriteLine(Timings.Line("breach affected from access log", timings, events, "audit events"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
