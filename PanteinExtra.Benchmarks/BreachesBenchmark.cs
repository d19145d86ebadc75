using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>breaches</c> command: times deriving the affected persons of a breach from the access log (one employee,
/// one month) over a throwaway SQLite file with the real migrations and the given number of audit events, spread over
/// 50 employees, a year and the households. Events are bulk-inserted with a raw prepared INSERT (their hashes are not a
/// valid chain: this is a read benchmark). Prints <c>breach affected from access log: p50 ... (n runs, M audit events)</c>.
/// </summary>
internal static class BreachesBenchmark
{
    private const int Employees = 50;

    public static async Task RunAsync(int events, int households, int runs)
    {
        var folder = Directory.CreateTempSubdirectory("breach-bench-");
        try
        {
            var database = BenchmarkDatabase.Sqlite($"Data Source={Path.Combine(folder.FullName, "breaches.db")};Pooling=False");
            var watch = Stopwatch.StartNew();
            var ids = await FillAsync(database, events, households);
            Console.WriteLine($"generated {households} households and {events} audit events in {watch.Elapsed.TotalSeconds:F1} s");

            await using var db = database.CreateBulkContext();
            var to = DateOnly.FromDateTime(DateTime.UtcNow);
            var from = to.AddDays(-30);
            var found = (await AccessLogDerivation.ViewedAsync(db, "agent-07", from, to, CancellationToken.None)).Count; // warm-up
            var timings = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var user = $"agent-{i % Employees:00}";
                watch.Restart();
                await AccessLogDerivation.ViewedAsync(db, user, from, to, CancellationToken.None);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  (agent-07 viewed {found} households or persons in the month; {ids} households)");
            Console.WriteLine(Timings.Line("breach affected from access log", timings, events, "audit events"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int> FillAsync(BenchmarkDatabase database, int events, int households)
    {
        var ids = new List<Guid>(households);
        await using (var db = await database.OpenFastAsync())
        {
            await db.Database.MigrateAsync();
            for (var i = 0; i < households; i++)
            {
                var h = new Household
                {
                    MemberNumber = (1_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    Street = "Kerkstraat",
                    HouseNumber = 1 + (i % 200),
                    Postcode = "6511AB",
                    City = "Nijmegen",
                    MemberSince = new DateOnly(2015, 1, 1),
                };
                db.Households.Add(h);
                db.Persons.Add(new Person { HouseholdId = h.Id, Role = PersonRole.MainMember, FirstName = "Lid", LastName = $"Nummer{i}" });
                ids.Add(h.Id);
            }

            await db.SaveChangesAsync();
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO AuditEvents (Id, Sequence, EventType, StartedAtUtc, EndedAtUtc, DurationMs, Action, Outcome, UserId, UserName, UserRole, Machine, SubjectHouseholdId, Hash)
            VALUES ($id, $seq, 'Household:View', $at, $at, 1, 'View', 'Success', $user, $user, 'CallCentre', 'bench', $household, 'x')
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var user = insert.Parameters.Add("$user", SqliteType.Text);
        var household = insert.Parameters.Add("$household", SqliteType.Text);
        insert.Prepare();
        var random = new Random(42);
        var start = DateTime.UtcNow.AddDays(-365);
        for (var i = 0; i < events; i++)
        {
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            seq.Value = i + 1;
            at.Value = start.AddSeconds(365.0 * 24 * 3600 * i / events).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            user.Value = $"agent-{random.Next(Employees):00}";
            household.Value = ids[random.Next(ids.Count)].ToString().ToUpperInvariant();
            await insert.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
        return ids.Count;
    }
}
