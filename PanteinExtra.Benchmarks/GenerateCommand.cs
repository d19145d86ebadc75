using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Register;
using PanteinExtra.DemoData;
using PanteinExtra.DemoData.Members;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// The <c>generate</c> command: a benchmark database with households from the same generator and bulk loader as the
/// demo data (prepared inserts, search keys from the interceptor's functions), then chained audit events written
/// directly (the bulk data itself is not audited row by row, but the chain is real and verifiable). Tops up an
/// existing database, so it can be resumed. Decision 013.
/// </summary>
internal static class GenerateCommand
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
            await HouseholdBulkLoader.LoadAsync(
                database.OpenFastAsync, generator, existing, households - existing, HouseholdBatch, HouseholdWriteMode.PreparedInserts,
                done => Report("households", existing + done, households, watch, HouseholdBatch));
        }

        Console.WriteLine($"Households ready in {watch.Elapsed.TotalSeconds:N0} s");
        watch.Restart();
        await AddAuditEventsAsync(database, auditEvents, watch);
        Console.WriteLine($"Audit events ready in {watch.Elapsed.TotalSeconds:N0} s");
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
        var key = new PanteinExtra.Core.Auditing.Chain.AuditChainKey(PanteinExtra.Core.Auditing.Chain.AuditChainOptions.For(database.Options));
        var total = existing;
        while (total < target)
        {
            await using var db = await database.OpenFastAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            var insert = new BulkInserter(db);
            var tip = await AuditChain.LockAndReadTipAsync(db, CancellationToken.None);
            var activities = await AuditAreaLink.CurrentAsync(db, CancellationToken.None);
            var size = (int)Math.Min(AuditBatch, target - total);
            for (var i = 0; i < size; i++)
            {
                var user = staff[random.Next(staff.Length)];
                var at = new FixedClock(start.AddSeconds((total + i) * 30.0));
                var factory = new AuditEventFactory(user, new AuditContext(), at, key);
                var household = households[random.Next(households.Count)];
                var evt = factory.Create(RecordFor(random.Next(10), household) with { PurposeOfUse = purposes[random.Next(purposes.Length)] }, tip, activities);
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
