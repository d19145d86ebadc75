using PanteinExtra.Benchmarks;

// One command for every benchmark; see Usage below and docs/benchmarks.md.
const string Usage = """
    PanteinExtra.Benchmarks: speed benchmarks through the real Core services (figures in docs/benchmarks.md).

    Usage: dotnet run -c Release --project PanteinExtra.Benchmarks -- <command> [options]

    Commands:
      generate    Create (or top up: it resumes) a database of generated households and chained audit events.
                    --households N      households in the database (default 300000)
                    --audit-events M    audit events in the database, at least (default 1000000)
                    --database FILE     SQLite file (default benchmark.db in the current folder)
                    --provider postgres --connection "Host=...;Database=...;Username=..."
                                        PostgreSQL instead of SQLite
      members     Time every search kind and opening a household on a database from generate, each run in a
                  fresh scope with its audit write; 20 warm-up runs per operation are not counted.
                    --runs R            counted runs per operation (default 300)
                    --database FILE | --provider postgres --connection "..."   as for generate
      register    Time the register export (role check, load, audit event, workbook) on a throwaway SQLite file
                  in the temp folder; 2 warm-up runs are not counted.
                    --runs R            counted runs (default 20)
                    --activities A      processing activities in the register (default 500)
      retention   Time a retention preview and the execution of expired households on throwaway SQLite files
                  in the temp folder; 1 warm-up preview is not counted.
                    --households N      households in the preview database (default 300000)
                    --preview-runs P    counted previews (default 5)
                    --expirations E     expired households in the execution database (default 10000)
                    --execution-runs X  counted executions, each on a fresh copy of that database (default 3)
      breaches    Time deriving a breach's affected persons from the access log (one employee, one month) on a
                  throwaway SQLite file in the temp folder; 1 warm-up run is not counted.
                    --audit-events M    audit events (default 1000000)
                    --households N      households (default 20000)
                    --runs R            counted runs (default 20)
      chain       Time the FG's full check of the keyed audit chain on a database from generate.
                    --database F        the SQLite file (default benchmark.db), or --provider postgres --connection C
                    --runs R            counted checks (default 3)
      logcontrol  Time the log control's nightly run (all rules, each of the last 30 days and together) and the
                  access log's page with a member-number or employee filter, on a throwaway SQLite file in the
                  temp folder with the events spread over the last 31 days; 5 warm-up searches are not counted.
                    --audit-events M    audit events (default 1000000)
                    --households N      households (default 20000)
                    --page-runs R       counted searches per filter (default 100)
      prune       Time pruning the access log under its retention policy (one year per run: plan, checkpoint, prune
                  record and deletion in one transaction) on a throwaway SQLite file in the temp folder, with the
                  events spread over the last ten years.
                    --audit-events M    audit events (default 1000000)
                    --runs R            counted prunes, at most 9 (default 5)
      oversight   Time the FG's start page figures (what is due; requests per month and access per day by role) on a
                  throwaway SQLite file in the temp folder with the events spread over the last 30 days.
                    --audit-events M    audit events (default 1000000)
                    --households N      households (default 20000)
                    --runs R            counted runs (default 20)
      accessreport  Time the FG's access report for one member (build, A4 PDF, xlsx) on a throwaway SQLite file in the
                  temp folder, the audit events spread over a year on few households; 2 warm-up runs are not counted.
                    --audit-events M    audit events (default 1000000)
                    --households N      households (default 200: thousands of consultations per member)
                    --activities A      register activities (default 50)
                    --runs R            counted runs (default 20)
      load        Drive call-centre agents at once, each a headless Blazor circuit (no browser), against running portal
                  instances (Development sign-in, demo data): sign in, then in a loop search a member number, open the
                  household, record the caller check, end the call, back to the search. Bounded in time.
                    --url U[,U2]        base address(es) of the instances or of nginx (default http://127.0.0.1:5080)
                    --agents N          concurrent agents (default 200)
                    --seconds S         the whole run, ramp included (default 120)
                    --ramp-seconds R    agents start evenly over this time (default 30)
                    --server-pids P[,P2]  the instances' process ids, for CPU per interaction and memory per circuit
                    --source-addresses A  connect from A loopback addresses 127.0.0.2... so nginx's address hash
                                        spreads agents over the instances (default 0: the system's choice)
                    --households H      search member numbers 1000001 to 1000000+H (default 2000, the demo data)
                    --think-ms T        an agent's pause before each interaction, not timed (default 1000)
                    --end-call E        button: press "Gesprek beëindigen" (default); leave: go back to the search
                                        instead (the call ends when the next household opens)
                    --gcdump TOOL       path of dotnet-gcdump: with --server-pids, also the live heap per circuit
                                        (a full collection in each instance before the first agent and after the run)
      help        Print this text (also --help, or no command at all).

    Every figure is printed as "<operation>: p50 <x> ms, p95 <y> ms (<n> runs, <size> <unit>)".
    Build with -c Release for figures worth comparing.
    """;

if (args.Length == 0 || args.Any(a => a is "help" or "--help" or "-h" or "-?"))
{
    Console.WriteLine(Usage);
    return 0;
}

try
{
    var options = Arguments.Parse(args[1..]);
    switch (args[0])
    {
        case "generate":
            options.Allow("households", "audit-events", "database", "provider", "connection");
            await GenerateCommand.RunAsync(
                BenchmarkDatabase.FromArguments(options), options.GetInt("households", 300_000), options.GetInt("audit-events", 1_000_000, minimum: 0));
            break;
        case "members":
            options.Allow("runs", "database", "provider", "connection");
            await MembersBenchmark.RunAsync(BenchmarkDatabase.FromArguments(options), options.GetInt("runs", 300));
            break;
        case "register":
            options.Allow("runs", "activities");
            await RegisterBenchmark.RunAsync(options.GetInt("runs", 20), options.GetInt("activities", 500));
            break;
        case "retention":
            options.Allow("households", "preview-runs", "expirations", "execution-runs");
            await RetentionBenchmark.RunAsync(
                options.GetInt("households", 300_000), options.GetInt("preview-runs", 5), options.GetInt("expirations", 10_000), options.GetInt("execution-runs", 3));
            break;
        case "breaches":
            options.Allow("audit-events", "households", "runs");
            await BreachesBenchmark.RunAsync(options.GetInt("audit-events", 1_000_000), options.GetInt("households", 20_000), options.GetInt("runs", 20));
            break;
        case "chain":
            options.Allow("runs", "database", "provider", "connection");
            await ChainBenchmark.RunAsync(BenchmarkDatabase.FromArguments(options), options.GetInt("runs", 3));
            break;
        case "prune":
            options.Allow("audit-events", "runs");
            await PruneBenchmark.RunAsync(options.GetInt("audit-events", 1_000_000), options.GetInt("runs", 5));
            break;
        case "logcontrol":
            options.Allow("audit-events", "households", "page-runs");
            await LogControlBenchmark.RunAsync(options.GetInt("audit-events", 1_000_000), options.GetInt("households", 20_000), options.GetInt("page-runs", 100));
            break;
        case "oversight":
            options.Allow("audit-events", "households", "runs");
            await OversightBenchmark.RunAsync(options.GetInt("audit-events", 1_000_000), options.GetInt("households", 20_000), options.GetInt("runs", 20));
            break;
        case "accessreport":
            options.Allow("audit-events", "households", "activities", "runs");
            await AccessReportBenchmark.RunAsync(
                options.GetInt("audit-events", 1_000_000), options.GetInt("households", 200), options.GetInt("activities", 50), options.GetInt("runs", 20));
            break;
        case "load":
            options.Allow("url", "agents", "seconds", "ramp-seconds", "server-pids", "source-addresses", "households", "think-ms", "end-call", "gcdump");
            await PanteinExtra.Benchmarks.Load.LoadBenchmark.RunAsync(new(
                options.Get("url", "http://127.0.0.1:5080").Split(',').Select(u => new Uri(u.TrimEnd('/') + "/")).ToList(),
                options.GetInt("agents", 200),
                options.GetInt("seconds", 120),
                options.GetInt("ramp-seconds", 30, minimum: 0),
                options.Get("server-pids", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                options.GetInt("source-addresses", 0, minimum: 0),
                options.GetInt("households", 2000, minimum: 2),
                options.GetInt("think-ms", 1000, minimum: 0),
                options.Get("end-call", "button") switch
                {
                    "button" => false,
                    "leave" => true,
                    var other => throw new UsageException($"--end-call is button or leave, got '{other}'."),
                },
                options.Get("gcdump", "") is { Length: > 0 } gcdump ? gcdump : null));
            break;
        default:
            throw new UsageException($"Unknown command '{args[0]}'.");
    }

    return 0;
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(Usage);
    return 2;
}
