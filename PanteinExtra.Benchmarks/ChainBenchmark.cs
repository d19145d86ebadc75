using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>chain</c> command: times the FG's full check of the keyed audit chain (every event's HMAC and link, the
/// checkpoints, with progress) on a database from <c>generate</c>, through <see cref="AuditLogService.VerifyChainAsync"/>.
/// Prints <c>verify audit chain: p50 ... (n runs, M audit events)</c>; a broken chain is an error, not a figure.
/// </summary>
internal static class ChainBenchmark
{
    public static async Task RunAsync(BenchmarkDatabase database, int runs)
    {
        await using var services = BenchmarkServices.Create(database.Options, BenchmarkUser.PrivacyOfficer);
        var timings = new List<double>();
        var events = 0L;
        var progressReports = 0;
        for (var i = 0; i < runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<AuditLogService>()
                .VerifyChainAsync(new Progress<AuditChainProgress>(_ => Interlocked.Increment(ref progressReports)));
            timings.Add(watch.Elapsed.TotalMilliseconds);
            if (!result.IsIntact)
            {
                throw new InvalidOperationException($"The chain is broken at {result.BrokenAtSequence}: {result.Problem}");
            }

            events = result.EventsChecked;
        }

        Console.WriteLine($"  ({progressReports} progress reports over {runs} runs)");
        Console.WriteLine(Timings.Line("verify audit chain", timings, (int)events, "audit events"));
    }
}
