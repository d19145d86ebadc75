using PanteinExtra.Benchmarks;

// dotnet run -c Release --project PanteinExtra.Benchmarks -- generate --households 300000 --audit-events 1000000 --database bench.db
// dotnet run -c Release --project PanteinExtra.Benchmarks -- run --database bench.db --runs 300
// (add --provider postgres --connection "Host=...;Database=...;Username=...;Password=..." for PostgreSQL)
var command = args.FirstOrDefault() ?? "help";
var arguments = new Arguments(args);
switch (command)
{
    case "generate":
        await Generator.RunAsync(BenchmarkDatabase.FromArguments(arguments), arguments.GetInt("households", 300_000), arguments.GetInt("audit-events", 1_000_000));
        break;
    case "run":
        await MembersBenchmark.RunAsync(BenchmarkDatabase.FromArguments(arguments), arguments.GetInt("runs", 300));
        break;
    default:
        Console.WriteLine("""
            PanteinExtra.Benchmarks
              generate --households N [--audit-events M] [--database file.db | --provider postgres --connection "..."]
                  Creates (or tops up) a database with N generated households and at least M audit events.
              run [--runs R] [--database file.db | --provider postgres --connection "..."]
                  Times each search kind and opening a household through the Core services (audit write included).
            """);
        break;
}
