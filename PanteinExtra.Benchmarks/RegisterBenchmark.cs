using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>register</c> command: times the whole register export (role check, load from SQLite, audit event, ClosedXML
/// workbook of three sheets written to memory) for a register filled through the real services, on a throwaway
/// SQLite file in the temp folder.
/// </summary>
internal static class RegisterBenchmark
{
    private const int WarmUpRuns = 2;

    public static async Task RunAsync(int runs, int activityCount)
    {
        var file = Path.Combine(Path.GetTempPath(), $"register-benchmark-{Guid.NewGuid():N}.db");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={file}");
            await using var provider = BenchmarkServices.Create(database.Options, BenchmarkUser.PrivacyOfficer);
            await provider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();

            await using (var scope = provider.CreateAsyncScope())
            {
                await RegisterFiller.FillAsync(scope.ServiceProvider, activityCount);
            }

            var timings = new List<double>();
            long bytes = 0;
            for (var i = 0; i < runs + WarmUpRuns; i++)
            {
                await using var scope = provider.CreateAsyncScope();
                var export = scope.ServiceProvider.GetRequiredService<RegisterExportService>();
                using var output = new MemoryStream();
                var watch = Stopwatch.StartNew();
                await export.ExportAsync(output);
                watch.Stop();
                bytes = output.Length;
                if (i >= WarmUpRuns)
                {
                    // The first runs warm up the JIT and the connection pool.
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine(Timings.Line("register export", timings, activityCount, "activities"));
            Console.WriteLine($"workbook size: {bytes / 1024} KiB");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
