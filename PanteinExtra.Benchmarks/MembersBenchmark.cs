using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.DemoData.Members;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>members</c> command: times the members desk on a database from <c>generate</c>, through the real Core
/// services (role check, query, audit write in its own transaction), each run in a fresh DI scope like a new call,
/// and prints one line per operation:
/// <c>&lt;operation&gt;: p50 &lt;x&gt; ms, p95 &lt;y&gt; ms (&lt;n&gt; runs, &lt;households&gt; households)</c>.
/// </summary>
internal static class MembersBenchmark
{
    private const int WarmUpRuns = 20;

    public static async Task RunAsync(BenchmarkDatabase database, int runs)
    {
        var agent = new BenchmarkUser("benchmark-klantcontact", "Benchmark Klantcontact", Roles.CallCentre);
        await using var provider = BenchmarkServices.Create(database.Options, agent);

        // Ten times more households than runs, so rarer shapes (an addition, a phone) still get their runs.
        var samples = await SamplesAsync(database, (runs + WarmUpRuns) * 10);
        var households = samples.HouseholdCount;
        Console.WriteLine($"Database: {database.Provider}, {households:N0} households, {samples.AuditEvents:N0} audit events");

        var operations = new (string Name, Func<Sample, string?> Text)[]
        {
            ("search member number", s => s.MemberNumber),
            ("search postcode + house number", s => $"{s.Postcode[..4]} {s.Postcode[4..].ToLowerInvariant()} {s.HouseNumber}"),
            ("search postcode + house number + addition", s => s.Addition is null ? null : $"{s.Postcode}{s.HouseNumber}-{s.Addition}"),
            ("search name", s => s.Name),
            ("search name prefix (4 letters)", s => s.LastName.Length >= 4 ? s.LastName[..4] : null),
            ("search phone", s => s.Phone is null ? null : "+31 " + DutchFormats.CanonicalPhone(s.Phone)![1..]),
            ("search e-mail", s => s.Email?.ToUpperInvariant()),
        };

        foreach (var (name, text) in operations)
        {
            var inputs = samples.Items.Select(text).OfType<string>().ToList();
            var timings = await TimeAsync(provider, inputs, runs, async (scope, input) =>
            {
                var result = await scope.ServiceProvider.GetRequiredService<MemberSearchService>().SearchAsync(input);
                if (result.TotalCount == 0)
                {
                    throw new InvalidOperationException($"{name} found nothing for a generated household.");
                }
            });
            Print(name, timings, households);
        }

        var openTimings = await TimeAsync(provider, samples.Items.Select(s => s.HouseholdId).ToList(), runs, async (scope, id) =>
        {
            await scope.ServiceProvider.GetRequiredService<CallerCheckService>()
                .RecordAsync(id, new CallerCheckInput(CallerKind.Member, IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber));
            var watch = Stopwatch.StartNew();
            var view = await scope.ServiceProvider.GetRequiredService<HouseholdService>().OpenAsync(id);
            watch.Stop();
            if (view.Details is null)
            {
                throw new InvalidOperationException("The household did not open in full.");
            }

            return watch.Elapsed.TotalMilliseconds;
        });
        Print("open household", openTimings, households);
    }

    private static Task<List<double>> TimeAsync<T>(ServiceProvider provider, List<T> inputs, int runs, Func<AsyncServiceScope, T, Task> operation) =>
        TimeAsync(provider, inputs, runs, async (scope, input) =>
        {
            var watch = Stopwatch.StartNew();
            await operation(scope, input);
            return watch.Elapsed.TotalMilliseconds;
        });

    /// <summary>Each run in its own scope; the first runs warm up and are not counted.</summary>
    private static async Task<List<double>> TimeAsync<T>(ServiceProvider provider, List<T> inputs, int runs, Func<AsyncServiceScope, T, Task<double>> operation)
    {
        var timings = new List<double>();
        for (var i = 0; i < Math.Min(inputs.Count, runs + WarmUpRuns); i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var elapsed = await operation(scope, inputs[i]);
            if (i >= WarmUpRuns)
            {
                timings.Add(elapsed);
            }
        }

        return timings;
    }

    private static void Print(string operation, List<double> timings, int households) =>
        Console.WriteLine(Timings.Line(operation, timings, households, "households", decimals: 1));

    private sealed record Sample(Guid HouseholdId, string MemberNumber, string Postcode, int HouseNumber, string? Addition, string Name, string LastName, string? Phone, string? Email);

    private sealed record Samples(List<Sample> Items, int HouseholdCount, long AuditEvents);

    /// <summary>Random generated households (by member number), read without the services so sampling is not timed or audited.</summary>
    private static async Task<Samples> SamplesAsync(BenchmarkDatabase database, int count)
    {
        await using var db = database.CreateBulkContext();
        var households = await db.Households.CountAsync();
        var events = await db.AuditEvents.LongCountAsync();
        var random = new Random(2026);
        var numbers = Enumerable.Range(0, count).Select(_ => HouseholdGenerator.MemberNumberFor(random.Next(households))).Distinct().ToList();
        var order = numbers.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var rows = await db.Households.AsNoTracking()
            .Where(h => numbers.Contains(h.MemberNumber))
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                h.Postcode,
                h.HouseNumber,
                h.HouseNumberAddition,
                h.Phone,
                h.Email,
                Main = h.Persons.Where(p => p.Role == PersonRole.MainMember).Select(p => new { p.FirstName, p.Infix, p.LastName, p.Phone }).First(),
            })
            .ToListAsync();
        var items = rows
            .OrderBy(r => order[r.MemberNumber])
            .Select(r => new Sample(
                r.Id, r.MemberNumber, r.Postcode, r.HouseNumber, r.HouseNumberAddition,
                PersonNames.Full(r.Main.FirstName, r.Main.Infix, r.Main.LastName), r.Main.LastName, r.Phone ?? r.Main.Phone, r.Email))
            .ToList();
        return new Samples(items, households, events);
    }
}
