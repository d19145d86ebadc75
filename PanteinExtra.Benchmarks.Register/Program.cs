using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Benchmarks.Register;
using PanteinExtra.Core;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;

// Times the whole register export (load from SQLite, audit, write the workbook) for a register of 500 activities.
// Usage: dotnet run -c Release --project PanteinExtra.Benchmarks.Register [-- <runs> <activities>]
var runs = args.Length > 0 ? int.Parse(args[0]) : 20;
var activityCount = args.Length > 1 ? int.Parse(args[1]) : 500;
var file = Path.Combine(Path.GetTempPath(), $"register-benchmark-{Guid.NewGuid():N}.db");

try
{
    var services = new ServiceCollection();
    services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
    services.AddPanteinCore(new DatabaseOptions
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = $"Data Source={file}",
        SeedDemoData = false,
    });
    services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorScope>().Actor ?? new BenchmarkUser());
    await using var provider = services.BuildServiceProvider();
    await provider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();

    await using (var scope = provider.CreateAsyncScope())
    {
        await RegisterFiller.FillAsync(scope.ServiceProvider, activityCount);
    }

    var timings = new List<double>();
    long bytes = 0;
    for (var i = 0; i < runs + 2; i++)
    {
        await using var scope = provider.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<RegisterExportService>();
        using var output = new MemoryStream();
        var watch = Stopwatch.StartNew();
        await export.ExportAsync(output);
        watch.Stop();
        bytes = output.Length;
        if (i >= 2)
        {
            // The first two runs warm up the JIT and the connection pool.
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    timings.Sort();
    Console.WriteLine($"register export: p50 {Percentile(timings, 50):F0} ms, p95 {Percentile(timings, 95):F0} ms ({runs} runs, {activityCount} activities)");
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

static double Percentile(List<double> sorted, int percentile) =>
    sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

/// <summary>The FG, who may export.</summary>
internal sealed class BenchmarkUser : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string UserId => "benchmark";

    public string DisplayName => "Benchmark FG";

    public IReadOnlyCollection<string> Roles { get; } = [PanteinExtra.Core.Common.Roles.PrivacyOfficer];
}
