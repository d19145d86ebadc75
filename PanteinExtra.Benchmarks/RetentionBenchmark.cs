using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.DemoData.Members;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>retention</c> command: times a retention preview over many households and the execution of expired
/// households, through Core's real services (real migrations, the audit interceptor, the lease) acting as the FG,
/// over SQLite files in a temp folder that is deleted afterwards. Prints
/// <c>retention preview: p50 &lt;x&gt; ms, p95 &lt;y&gt; ms (&lt;n&gt; runs, &lt;households&gt; households)</c> and
/// likewise for execution.
/// </summary>
internal static class RetentionBenchmark
{
    private const int HouseholdBatch = 2_000;

    /// <summary>The preview's households: 15% ended, up to ten years ago, so every default policy finds expired records.</summary>
    private static readonly HouseholdGeneratorOptions PreviewHouseholds = new() { EndedShare = 0.15f, EndedDaysAgo = (1, 365 * 10) };

    /// <summary>The execution's households: all ended 3 to 10 years ago (past the household policy), none held by an open complaint.</summary>
    private static readonly HouseholdGeneratorOptions ExpiredHouseholds = new() { EndedShare = 1f, EndedDaysAgo = (365 * 3, 365 * 10), ClosedComplaintShare = 1f };

    public static async Task RunAsync(int households, int previewRuns, int expirations, int executionRuns)
    {
        var folder = Directory.CreateTempSubdirectory("retention-bench-");
        try
        {
            // Preview: one database of the full size, previewed several times.
            await using (var bench = await Bench.CreateAsync(Path.Combine(folder.FullName, "preview.db")))
            {
                var watch = Stopwatch.StartNew();
                var ended = await bench.GenerateAsync(households, PreviewHouseholds, seed: 42);
                Console.WriteLine($"generated {households} households ({ended} ended) in {watch.Elapsed.TotalSeconds:F1} s");
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
                Console.WriteLine(Timings.Line("retention preview", timings, households, "households"));
            }

            // Execution: a database with exactly the requested number of expired households, copied fresh for every run.
            var template = Path.Combine(folder.FullName, "execution-template.db");
            await using (var bench = await Bench.CreateAsync(template))
            {
                await bench.GenerateAsync(expirations, ExpiredHouseholds, seed: 7);
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
                    throw new InvalidOperationException($"Expected {expirations} expirations, the preview found {run.TotalItems} ({run.HeldItems} held).");
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

            Console.WriteLine(Timings.Line("retention execution", executionTimings, expirations, "expirations"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Core's real services over one SQLite file, acting as the FG.</summary>
    private sealed class Bench : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly BenchmarkDatabase _database;

        private Bench(ServiceProvider services, BenchmarkDatabase database)
        {
            _services = services;
            _database = database;
        }

        public static async Task<Bench> CreateAsync(string file, bool seedPolicies = true)
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={file};Pooling=True");
            var options = database.Options;
            options.SeedReferenceData = seedPolicies;
            var provider = BenchmarkServices.Create(options, BenchmarkUser.PrivacyOfficer);
            await provider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
            return new Bench(provider, database);
        }

        /// <summary>
        /// Generated households through the one bulk loader (prepared inserts, not audited); returns how many ended.
        /// Fails loudly when they do not read back through EF as expected (the figures would be meaningless).
        /// </summary>
        public async Task<int> GenerateAsync(int households, HouseholdGeneratorOptions shape, int seed)
        {
            var generator = new HouseholdGenerator(seed, TimeProvider.System, shape);
            await HouseholdBulkLoader.LoadAsync(_database.OpenFastAsync, generator, 0, households, HouseholdBatch, HouseholdWriteMode.PreparedInserts);
            // The bulk connections run with synchronous=OFF: drop them, so the timed work uses ordinary connections.
            SqliteConnection.ClearAllPools();

            await using var db = _database.CreateBulkContext();
            var count = await db.Households.CountAsync();
            var ended = await db.Households.CountAsync(h => h.Status == MembershipStatus.Ended && h.MembershipEndedOn != null);
            var sample = await db.Households.Include(h => h.Persons).Include(h => h.Subscriptions).OrderBy(h => h.Id).FirstAsync();
            if (count != households || (shape.EndedShare > 0 && ended == 0) || sample.Persons.Count == 0 || sample.Subscriptions.Count == 0)
            {
                throw new InvalidOperationException("The generated data does not read back as expected.");
            }

            return ended;
        }

        /// <summary>The execution benchmark measures household anonymisation: other kinds are removed from its database.</summary>
        public async Task KeepOnlyHouseholdPolicyAsync()
        {
            await using var db = _database.CreateBulkContext();
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

        public async ValueTask DisposeAsync() => await _services.DisposeAsync();
    }
}
