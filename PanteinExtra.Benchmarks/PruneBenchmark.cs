using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing.Pruning;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>prune</c> command, over a throwaway SQLite file with the given number of access-log events spread over the
/// last ten years. Each run shortens the access log's policy by one year (straight in the database) and times
/// <see cref="AuditLogPruneService.PruneAsync"/> as the FG: the plan, the checkpoint file, the prune record and the
/// deletion of that year's events in one transaction (secure_delete on), and the write-ahead log moved into the file.
/// </summary>
internal static class PruneBenchmark
{
    private const int Years = 10;

    public static async Task RunAsync(int events, int runs)
    {
        runs = Math.Clamp(runs, 1, Years - 1);
        var folder = Directory.CreateTempSubdirectory("prune-bench-");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={Path.Combine(folder.FullName, "prune.db")}");
            var today = DateOnly.FromDateTime(DutchTime.ToDutch(DateTime.UtcNow));
            var watch = Stopwatch.StartNew();
            await AuditEventsFiller.FillAsync(database, events, 1_000, DutchTime.StartOfDayUtc(today.AddYears(-Years)), DutchTime.StartOfDayUtc(today));
            Console.WriteLine($"generated {events} audit events over {Years} years in {watch.Elapsed.TotalSeconds:F1} s");

            await using var services = BenchmarkServices.Create(database.Options, BenchmarkUser.PrivacyOfficer);
            await using (var scope = services.CreateAsyncScope())
            {
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
                foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>().OfType<Core.Retention.RetentionDefaultPolicies>())
                {
                    await seeder.SeedAsync(db, CancellationToken.None);
                }
            }

            var timings = new List<double>();
            var removed = 0L;
            for (var i = 1; i <= runs; i++)
            {
                await using var scope = services.CreateAsyncScope();
                await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
                {
                    await db.RetentionPolicies.Where(p => p.RecordKind == AccessLogRetention.SubjectKey)
                        .ExecuteUpdateAsync(s => s.SetProperty(p => p.PeriodMonths, (Years - i) * 12));
                }

                watch.Restart();
                var result = await scope.ServiceProvider.GetRequiredService<AuditLogPruneService>().PruneAsync();
                timings.Add(watch.Elapsed.TotalMilliseconds);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"The prune was refused: {result.Message}");
                }

                removed += result.Value!.EventCount;
            }

            Console.WriteLine($"  ({removed} events removed over {runs} prunes)");
            Console.WriteLine(Timings.Line("prune one year of the access log", timings, events, "audit events"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
