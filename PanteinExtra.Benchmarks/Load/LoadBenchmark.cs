using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace PanteinExtra.Benchmarks.Load;

/// <summary>
/// The load benchmark: many call-centre agents at once, each a headless circuit (no browser), against one or more running
/// portal instances. Bounded in time; prints per step "p50/p95 (runs, agents)", the sessions held, the instances' CPU time
/// per interaction and their memory per circuit.
/// </summary>
internal static partial class LoadBenchmark
{
    public static readonly string[] CallCentreEmployees = ["demo-klantcontact-1", "demo-klantcontact-2"];

    public sealed record Options(
        IReadOnlyList<Uri> Urls, int Agents, int Seconds, int RampSeconds, IReadOnlyList<int> ServerPids, int SourceAddresses, int Households, int ThinkMilliseconds, bool EndCallByLeaving, string? GcDump);

    public static async Task RunAsync(Options options)
    {
        var stepTimeout = TimeSpan.FromSeconds(30);
        Console.WriteLine($"Load: {options.Agents} agents for {options.Seconds} s (ramp {options.RampSeconds} s) against {string.Join(", ", options.Urls)}; " +
            $"{options.ThinkMilliseconds} ms think time before each interaction; the call ends {(options.EndCallByLeaving ? "by going back to the search" : "with the end-call button")}; {Environment.ProcessorCount} cores; server pids: {(options.ServerPids.Count == 0 ? "none given (no CPU or memory figures)" : string.Join(", ", options.ServerPids))}.");

        // Warm up the instances (code paths, caches) with one short agent per instance, so the baseline is a warm process.
        for (var i = 0; i < options.Urls.Count; i++)
        {
            await using var warm = new AgentSession(options.Urls[i], CallCentreEmployees[0], Source(options, i), stepTimeout, TimeSpan.Zero);
            await warm.SignInAndOpenSearchAsync(Trace);
            for (var call = 0; call < 3; call++)
            {
                try
                {
                    await warm.TakeCallAsync(2 + (i * 3) + call, Trace);
                }
                catch (TimeoutException e) when (warm.Circuit?.IsConnected == true)
                {
                    Console.WriteLine($"warm-up call failed: {Describe(e)}");
                    await warm.ReloadAsync();
                }
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var baseline = ServerSample.Take(options.ServerPids);
        var heapBefore = await LiveHeapBytesAsync(options);
        var timings = new ConcurrentDictionary<string, ConcurrentBag<(double Ms, long At)>>();
        var errors = new ConcurrentDictionary<string, int>();
        var failedCalls = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var rampEnds = TimeSpan.FromSeconds(options.RampSeconds);
        var deadline = TimeSpan.FromSeconds(options.Seconds);
        var sessions = new AgentSession?[options.Agents];
        var signedIn = 0;
        var random = new Random(20_261_207);
        var members = Enumerable.Range(0, options.Agents).Select(_ => random.Next(1, options.Households)).ToArray();

        void Record(string step, double ms) => timings.GetOrAdd(step, _ => []).Add((ms, clock.ElapsedTicks));

        async Task AgentAsync(int index)
        {
            await Task.Delay((int)(options.RampSeconds * 1000L * index / options.Agents));
            var session = sessions[index] = new AgentSession(
                options.Urls[index % options.Urls.Count], CallCentreEmployees[index % CallCentreEmployees.Length], Source(options, index), stepTimeout,
                TimeSpan.FromMilliseconds(options.ThinkMilliseconds), options.EndCallByLeaving);
            try
            {
                await session.SignInAndOpenSearchAsync(Record);
                Interlocked.Increment(ref signedIn);
                var member = members[index];
                while (clock.Elapsed < deadline)
                {
                    try
                    {
                        await session.TakeCallAsync(member, Record);
                    }
                    catch (TimeoutException e) when (session.Circuit?.IsConnected == true)
                    {
                        // The page did not show what the step waits for (an error on the page, or too slow): count it,
                        // go back to the search and take the next call in the same circuit.
                        failedCalls.AddOrUpdate(Describe(e), 1, (_, n) => n + 1);
                        await session.ReloadAsync();
                    }

                    member = (member % (options.Households - 1)) + 1;
                }
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or TaskCanceledException or System.Net.WebSockets.WebSocketException or IOException)
            {
                errors.AddOrUpdate(Describe(e), 1, (_, n) => n + 1);
            }
        }

        var agents = Enumerable.Range(0, options.Agents).Select(AgentAsync).ToList();
        await Task.Delay(rampEnds);
        var afterRamp = ServerSample.Take(options.ServerPids);
        var machineAfterRamp = MachineBusySeconds();
        var afterRampTicks = clock.ElapsedTicks;
        var clientCpuAfterRamp = Process.GetCurrentProcess().TotalProcessorTime;
        // The figures of the window are taken at the deadline; agents then finish the call they are in.
        var remaining = deadline - clock.Elapsed;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        var end = ServerSample.Take(options.ServerPids);
        var machineBusy = MachineBusySeconds() - machineAfterRamp;
        var endTicks = clock.ElapsedTicks;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuAfterRamp;
        var held = sessions.Count(s => s?.Circuit?.IsConnected == true);
        await Task.WhenAll(agents);
        var reloads = sessions.Sum(s => s?.Reloads ?? 0);
        var idleCircuits = sessions.Count(s => s?.Circuit?.IsConnected == true);
        var heapAfter = idleCircuits > 0 ? await LiveHeapBytesAsync(options) : null;

        Console.WriteLine();
        foreach (var step in Steps.All)
        {
            Console.WriteLine(Timings.Line(step, timings.GetValueOrDefault(step)?.Select(t => t.Ms) ?? [], options.Agents, "agents"));
        }

        var interactions = Steps.Interactions.Sum(s => timings.GetValueOrDefault(s)?.Count(t => t.At >= afterRampTicks && t.At <= endTicks) ?? 0);
        var allInteractions = Steps.Interactions.SelectMany(s => timings.GetValueOrDefault(s)?.Select(t => t.Ms) ?? []);
        Console.WriteLine(Timings.Line("every interaction", allInteractions, options.Agents, "agents"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sessions held: {held} of {options.Agents} circuits alive at the deadline ({signedIn} signed in and opened the search)"));
        var window = TimeSpan.FromTicks((long)((endTicks - afterRampTicks) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"interactions after the ramp: {interactions} in {window.TotalSeconds:0} s ({interactions / Math.Max(1, window.TotalSeconds):0.0} per second)"));
        if (options.ServerPids.Count > 0 && interactions > 0)
        {
            var serverCpu = end.CpuSeconds - afterRamp.CpuSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server CPU per interaction: {serverCpu * 1000 / interactions:0.0} ms ({serverCpu:0.0} s CPU of the instances over {interactions} interactions after the ramp; " +
                $"{serverCpu / window.TotalSeconds * 100:0}% of one core; the load client used {clientCpu.TotalSeconds:0.0} s)"));
        }

        if (options.ServerPids.Count > 0)
        {
            var others = machineBusy - (end.CpuSeconds - afterRamp.CpuSeconds) - clientCpu.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"machine: {machineBusy / window.TotalSeconds / Environment.ProcessorCount * 100:0}% of {Environment.ProcessorCount} cores busy after the ramp; " +
                $"processes other than the instances and this client (PostgreSQL, nginx, anything else on the machine) used {Math.Max(0, others):0.0} s CPU"));
        }

        if (options.ServerPids.Count > 0 && held > 0)
        {
            var grown = end.RssBytes - baseline.RssBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory per circuit: {grown / 1024.0 / held:0} KiB (resident set of the instances at the deadline with {held} circuits open, " +
                $"{end.RssBytes / 1048576.0:0} MiB, minus the warm baseline before the first agent, {baseline.RssBytes / 1048576.0:0} MiB; after the ramp {afterRamp.RssBytes / 1048576.0:0} MiB)"));
        }

        if (heapBefore is { } before && heapAfter is { } after)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory per circuit, live heap: {(after - before) / 1024.0 / idleCircuits:0} KiB (GC heap of the instances after a full collection, with {idleCircuits} circuits open " +
                $"and idle after the deadline, {after / 1048576.0:0.0} MiB, minus before the first agent, {before / 1048576.0:0.0} MiB; dotnet-gcdump)"));
        }

        Console.WriteLine($"page reloads (a new circuit after an error on the page or a failed call): {reloads}");
        Console.WriteLine($"failed calls (a step waited in vain; the agent reloaded and went on): {failedCalls.Values.Sum()}");
        foreach (var (error, count) in failedCalls.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"  {count} × {error}");
        }

        Console.WriteLine($"failed agents (circuit lost or sign-in failed, the agent stopped): {errors.Values.Sum()}");
        foreach (var (error, count) in errors.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"  {count} × {error}");
        }

        await Task.WhenAll(sessions.Where(s => s is not null).Select(s => s!.DisposeAsync().AsTask()));
    }

    private static void Trace(string step, double ms)
    {
        if (Environment.GetEnvironmentVariable("PANTEIN_LOAD_TRACE") == "1")
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up: {step} {ms:0} ms"));
        }
    }

    private static IPAddress? Source(Options options, int index) =>
        options.SourceAddresses == 0 ? null : new IPAddress([127, 0, (byte)(index % options.SourceAddresses / 250), (byte)(2 + (index % options.SourceAddresses % 250))]);

    private static string Describe(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            message += " ← " + inner.Message;
        }

        message = GuidPattern().Replace(message, "{id}");
        return message.Length > 400 ? message[..400] : message;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial System.Text.RegularExpressions.Regex GuidPattern();

    /// <summary>
    /// The live managed heap of the instances: dotnet-gcdump (given by --gcdump) forces a full collection in each and
    /// reports the heap's bytes. Null without the tool.
    /// </summary>
    private static async Task<long?> LiveHeapBytesAsync(Options options)
    {
        if (options.GcDump is null || options.ServerPids.Count == 0)
        {
            return null;
        }

        long total = 0;
        foreach (var pid in options.ServerPids)
        {
            var file = Path.Combine(Path.GetTempPath(), $"pantein-load-{pid}-{Environment.TickCount64}.gcdump");
            try
            {
                await RunToolAsync(options.GcDump, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file]);
                var report = await RunToolAsync(options.GcDump, ["report", file]);
                var line = report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
                total += long.Parse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
            finally
            {
                File.Delete(file);
            }
        }

        return total;
    }

    private static async Task<string> RunToolAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = await process.StandardOutput.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {output}");
    }

    /// <summary>CPU seconds all cores spent busy (not idle or waiting), from /proc/stat.</summary>
    private static double MachineBusySeconds()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
        return (cpu.Sum() - cpu[3] - cpu[4]) / 100.0;
    }

    /// <summary>CPU time (user + system) and resident memory of the instance processes, from /proc.</summary>
    private sealed record ServerSample(double CpuSeconds, long RssBytes)
    {
        public static ServerSample Take(IReadOnlyList<int> pids)
        {
            double cpu = 0;
            long rss = 0;
            foreach (var pid in pids)
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After the command: state is field 3, utime 14 and stime 15 (clock ticks, 100 per second on Linux).
                cpu += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
                var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                rss += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }

            return new ServerSample(cpu, rss);
        }
    }
}
