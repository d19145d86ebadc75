using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.DemoData.Members;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// Generates a benchmark database: households through the same generator and bulk loader as the demo data (search
/// keys by the same interceptor), then chained audit events written directly (the bulk data itself is not audited
/// row by row, but the chain is real and verifiable). Tops up an existing database, so it can be resumed.
/// </summary>
internal static class Generator
{
    private const int HouseholdBatch = 2_000;
    private const int AuditBatch = 20_000;

    public static async Task RunAsync(BenchmarkDatabase database, int households, int auditEvents)
    {
        await using (var db = database.CreateBulkContext())
        {
            await db.Database.MigrateAsync();
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        var clock = TimeProvider.System;
        int existing;
        await using (var db = database.CreateBulkContext())
        {
            existing = await db.Households.CountAsync();
        }

        var watch = Stopwatch.StartNew();
        if (existing < households)
        {
            Console.WriteLine($"Generating households {existing:N0}..{households:N0}");
            // The seed depends on the first index, so a resumed run does not repeat the same people.
            var generator = new HouseholdGenerator(MembersDemoDataSeeder.DemoSeed + existing, clock);
            for (var done = existing; done < households; done += HouseholdBatch)
            {
                var size = Math.Min(HouseholdBatch, households - done);
                await using var db = await OpenFastAsync(database);
                await using var tx = await db.Database.BeginTransactionAsync();
                var insert = new BulkInserter(db);
                for (var i = 0; i < size; i++)
                {
                    InsertHousehold(insert, generator.Create(done + i));
                }

                await tx.CommitAsync();
                Report("households", done + size, households, watch, HouseholdBatch);
            }
        }

        Console.WriteLine($"Households ready in {watch.Elapsed.TotalSeconds:N0} s");
        watch.Restart();
        await AddAuditEventsAsync(database, auditEvents, watch);
        Console.WriteLine($"Audit events ready in {watch.Elapsed.TotalSeconds:N0} s");
    }

    /// <summary>The household, its dependants and its search keys (from the same function the interceptor uses).</summary>
    private static void InsertHousehold(BulkInserter insert, Household h)
    {
        insert.Insert(h);
        h.Persons.ForEach(insert.Insert);
        h.ContactPersons.ForEach(insert.Insert);
        h.Subscriptions.ForEach(insert.Insert);
        h.InsuranceDiscounts.ForEach(insert.Insert);
        h.Contributions.ForEach(insert.Insert);
        h.Feedback.ForEach(insert.Insert);
        h.CallNotes.ForEach(insert.Insert);
        foreach (var key in HouseholdSearchKeys.For(h))
        {
            insert.Insert(new HouseholdSearchKey { HouseholdId = h.Id, SourceId = h.Id, Key = key });
        }

        foreach (var person in h.Persons)
        {
            foreach (var key in HouseholdSearchKeys.For(person))
            {
                insert.Insert(new HouseholdSearchKey { HouseholdId = h.Id, SourceId = person.Id, Key = key });
            }
        }
    }

    private static async Task<PortalDbContext> OpenFastAsync(BenchmarkDatabase database)
    {
        var db = database.CreateBulkContext();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;");
        }

        return db;
    }

    private static async Task AddAuditEventsAsync(BenchmarkDatabase database, int target, Stopwatch watch)
    {
        List<Guid> households;
        long existing;
        await using (var db = database.CreateBulkContext())
        {
            existing = await db.AuditEvents.LongCountAsync();
            households = existing >= target ? [] : await db.Households.AsNoTracking().Select(h => h.Id).ToListAsync();
        }

        var random = new Random(7513);
        var staff = new[]
        {
            new BenchmarkUser("demo-klantcontact-1", "Sanne de Jong", Roles.CallCentre),
            new BenchmarkUser("demo-klantcontact-2", "Daan van den Berg", Roles.CallCentre),
            new BenchmarkUser("demo-fg", "Mohammed el Amrani", Roles.PrivacyOfficer),
        };
        var purposes = new[]
        {
            "telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)",
            "telefonisch contact: huisgenoot, geverifieerd (teruggebeld op bekend nummer)",
            "telefonisch contact: lid zelf, niet geverifieerd",
        };
        var start = DateTime.UtcNow.AddDays(-365);
        var total = existing;
        while (total < target)
        {
            await using var db = await OpenFastAsync(database);
            await using var tx = await db.Database.BeginTransactionAsync();
            var insert = new BulkInserter(db);
            var tip = await AuditChain.LockAndReadTipAsync(db, CancellationToken.None);
            var size = (int)Math.Min(AuditBatch, target - total);
            for (var i = 0; i < size; i++)
            {
                var user = staff[random.Next(staff.Length)];
                var at = new FixedClock(start.AddSeconds((total + i) * 30.0));
                var factory = new AuditEventFactory(user, new AuditContext { PurposeOfUse = purposes[random.Next(purposes.Length)] }, at);
                var household = households[random.Next(households.Count)];
                var evt = factory.Create(RecordFor(random.Next(10), household), tip);
                tip = new AuditChainTip(evt.Sequence, evt.Hash);
                insert.Insert(evt);
            }

            await tx.CommitAsync();
            total += size;
            Report("audit events", (int)total, target, watch, AuditBatch);
        }
    }

    private static AuditRecord RecordFor(int kind, Guid household) => kind switch
    {
        < 4 => new AuditRecord(MembersEventTypes.Search, AuditAction.Search)
        {
            Details = new Dictionary<string, object?> { ["kind"] = "Name", ["results"] = 3 },
        },
        < 6 => new AuditRecord(MembersEventTypes.CallerCheck, AuditAction.Create) { SubjectHouseholdId = household, TargetType = "Household", TargetId = household.ToString() },
        < 9 => new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View)
        {
            SubjectHouseholdId = household,
            TargetType = "Household",
            TargetId = household.ToString(),
            Details = new Dictionary<string, object?> { ["view"] = "volledig" },
        },
        _ => new AuditRecord("Household:Update", AuditAction.Update)
        {
            SubjectHouseholdId = household,
            TargetType = "Household",
            TargetId = household.ToString(),
            Details = new Dictionary<string, object?> { ["fields"] = new[] { "Phone" } },
        },
    };

    private static void Report(string what, int done, long target, Stopwatch watch, int batch)
    {
        if (done % 50_000 < batch || done == target)
        {
            Console.WriteLine($"  {what}: {done:N0} / {target:N0} ({done / Math.Max(1, watch.Elapsed.TotalSeconds):N0}/s)");
        }
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }
}

/// <summary>The employee the benchmark acts as.</summary>
internal sealed class BenchmarkUser(string id, string name, string role) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string UserId { get; } = id;

    public string DisplayName { get; } = name;

    public IReadOnlyCollection<string> Roles { get; } = [role];
}
