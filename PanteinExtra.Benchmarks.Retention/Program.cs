using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Benchmarks.Retention;
using PanteinExtra.Core;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;

// Usage: dotnet run -c Release --project PanteinExtra.Benchmarks.Retention -- [households=300000] [previewRuns=5] [expirations=10000] [executionRuns=3]
// Prints "retention preview: p50 <x> ms, p95 <y> ms (<n> runs, <households> households)" and likewise for execution.
var households = Arg(0, 300_000);
var previewRuns = Arg(1, 5);
var expirations = Arg(2, 10_000);
var executionRuns = Arg(3, 3);
var folder = Directory.CreateTempSubdirectory("retention-bench-");
try
{
    var today = DutchTime.Today(TimeProvider.System);

    // Preview: one database of the full size, previewed several times.
    var previewDb = Path.Combine(folder.FullName, "preview.db");
    await using (var bench = await Bench.CreateAsync(previewDb))
    {
        var watch = Stopwatch.StartNew();
        var ended = await new BulkMembersGenerator(bench.ConnectionString, today).GenerateAsync(households, endedShare: 0.15);
        Console.WriteLine($"generated {households} households ({ended} ended) in {watch.Elapsed.TotalSeconds:F1} s");
        await bench.CheckGeneratedAsync(households);
        // One warm-up preview (JIT, page cache), not counted.
        await bench.PreviewAsync();
        var timings = new List<double>();
        var items = 0;
        for (var i = 0; i < previewRuns; i++)
        {
            watch.Restart();
            var runId = await bench.PreviewAsync();
            timings.Add(watch.Elapsed.TotalMilliseconds);
            items = (await bench.RunAsync(runId)).TotalItems;
        }

        Console.WriteLine($"  (each preview listed {items} expired records)");
        Console.WriteLine($"retention preview: {Figures(timings)} ({previewRuns} runs, {households} households)");
    }

    // Execution: a database with exactly the requested number of expired households, copied fresh for every run.
    var template = Path.Combine(folder.FullName, "execution-template.db");
    await using (var bench = await Bench.CreateAsync(template))
    {
        await new BulkMembersGenerator(bench.ConnectionString, today, seed: 7).GenerateAsync(expirations, endedShare: 1.0, expiredEnded: true);
        await bench.KeepOnlyHouseholdPolicyAsync();
    }

    SqliteConnection.ClearAllPools();
    var executionTimings = new List<double>();
    for (var i = 0; i < executionRuns; i++)
    {
        var copy = Path.Combine(folder.FullName, $"execution-{i}.db");
        File.Copy(template, copy);
        await using var bench = await Bench.CreateAsync(copy, seedPolicies: false);
        var runId = await bench.PreviewAsync();
        var run = await bench.RunAsync(runId);
        if (run.TotalItems != expirations)
        {
            throw new InvalidOperationException($"Expected {expirations} expirations, the preview found {run.TotalItems}.");
        }

        var watch = Stopwatch.StartNew();
        var outcome = await bench.ApproveAndExecuteAsync(runId);
        executionTimings.Add(watch.Elapsed.TotalMilliseconds);
        var done = await bench.RunAsync(runId);
        if (outcome != RetentionExecutionOutcome.Completed || done.ProcessedItems != expirations)
        {
            throw new InvalidOperationException($"Run ended {outcome} with {done.ProcessedItems} of {expirations} processed.");
        }
    }

    Console.WriteLine($"retention execution: {Figures(executionTimings)} ({executionRuns} runs, {expirations} expirations)");
}
finally
{
    SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

int Arg(int index, int fallback) => args.Length > index && int.TryParse(args[index], out var v) ? v : fallback;

static string Figures(List<double> ms)
{
    if (ms.Count == 0)
    {
        return "no runs";
    }

    var sorted = ms.Order().ToList();
    double At(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
    return $"p50 {At(0.5):F0} ms, p95 {At(0.95):F0} ms";
}

/// <summary>Core's real services over one SQLite file, acting as the FG.</summary>
internal sealed class Bench : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private Bench(ServiceProvider services, string connectionString)
    {
        _services = services;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<Bench> CreateAsync(string file, bool seedPolicies = true)
    {
        var connectionString = $"Data Source={file};Pooling=True";
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(new RetentionOptions { RunBackgroundWork = false });
        services.AddPanteinCore(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString, SeedDemoData = false, SeedReferenceData = seedPolicies });
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorScope>().Actor ?? new BenchmarkPrivacyOfficer());
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();

        return new Bench(provider, connectionString);
    }

    /// <summary>Fails loudly when the raw inserts do not read back through EF (a format mismatch would make figures meaningless).</summary>
    public async Task CheckGeneratedAsync(int households)
    {
        await using var db = Raw();
        var count = await db.Households.CountAsync();
        var ended = await db.Households.CountAsync(h => h.Status == MembershipStatus.Ended && h.MembershipEndedOn != null);
        var sample = await db.Households.Include(h => h.Persons).Include(h => h.Contributions).OrderBy(h => h.Id).FirstAsync();
        if (count != households || ended == 0 || sample.Persons.Count == 0 || sample.Contributions.Count == 0)
        {
            throw new InvalidOperationException("The generated data does not read back as expected.");
        }
    }

    /// <summary>The execution benchmark measures household anonymisation: other kinds are removed from its database.</summary>
    public async Task KeepOnlyHouseholdPolicyAsync()
    {
        await using var db = Raw();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"RetentionPolicyVersions\" WHERE \"PolicyId\" IN (SELECT \"Id\" FROM \"RetentionPolicies\" WHERE \"RecordKind\" <> 'household')");
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"RetentionPolicies\" WHERE \"RecordKind\" <> 'household'");
    }

    public async Task<Guid> PreviewAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RetentionPreviewService>().CreateAsync(RetentionRunOrigin.Manual);
        return result.Succeeded ? result.Value : throw new InvalidOperationException(result.Message);
    }

    public async Task<RetentionRun> RunAsync(Guid runId)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionRunService>().GetAsync(runId);
    }

    public async Task<RetentionExecutionOutcome> ApproveAndExecuteAsync(Guid runId)
    {
        await using var scope = _services.CreateAsyncScope();
        var approval = await scope.ServiceProvider.GetRequiredService<RetentionRunService>().ApproveAsync(runId);
        if (!approval.Succeeded)
        {
            throw new InvalidOperationException(approval.Message);
        }

        return await scope.ServiceProvider.GetRequiredService<RetentionRunExecutor>().ExecuteAsync(runId);
    }

    private SqlitePortalDbContext Raw() =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(ConnectionString).Options);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private sealed class BenchmarkPrivacyOfficer : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public string UserId => "benchmark-fg";

        public string DisplayName => "Benchmark FG";

        public IReadOnlyCollection<string> Roles { get; } = [PanteinExtra.Core.Common.Roles.PrivacyOfficer];
    }
}
