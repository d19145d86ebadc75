using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

/// <summary>
/// The interceptor on a context with one extra personal-data entity (its table made by hand next to the real
/// migrations), so these rules are proven independently of any feature's entities.
/// </summary>
public sealed class AuditSaveChangesInterceptorTests : CoreTestHost
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = RawDb();
        await db.Database.ExecuteSqlRawAsync(Provider == DatabaseProvider.Postgres
            ? "CREATE TABLE \"TestPeople\" (\"Id\" uuid PRIMARY KEY, \"HouseholdId\" uuid NOT NULL, \"Name\" text NOT NULL, \"Phone\" text NULL, \"Version\" integer NOT NULL)"
            : "CREATE TABLE TestPeople (Id TEXT PRIMARY KEY, HouseholdId TEXT NOT NULL, Name TEXT NOT NULL, Phone TEXT NULL, Version INTEGER NOT NULL)");
    }

    [Fact]
    public async Task Create_RecordsOneEventWithTheFieldNamesButNoPersonalValues()
    {
        var person = new TestPerson { Id = Guid.NewGuid(), HouseholdId = Guid.NewGuid(), Name = "Jan de Vries", Phone = "0612345678" };
        await using (var scope = Scope())
        await using (var db = Context(scope))
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        var e = await SingleEventAsync();
        Assert.Equal("TestPerson:Create", e.EventType);
        Assert.Equal(AuditAction.Create, e.Action);
        Assert.Equal(person.HouseholdId, e.SubjectHouseholdId);
        Assert.Equal(person.Id, e.SubjectPersonId);
        Assert.Equal(person.Id.ToString(), e.TargetId);
        Assert.Contains("Name", e.Details);
        Assert.Contains("Phone", e.Details);
        Assert.DoesNotContain("Jan de Vries", e.Details);
        Assert.DoesNotContain("0612345678", e.Details);
    }

    [Fact]
    public async Task Update_RecordsOnlyTheChangedFieldNames_InTheSameTransactionAsTheChange()
    {
        var person = await ArrangePersonAsync();
        await using (var scope = Scope())
        await using (var db = Context(scope))
        {
            var loaded = await db.People.SingleAsync();
            loaded.Phone = "0201234567";
            loaded.Version++;
            await db.SaveChangesAsync();
        }

        await using var raw = RawDb();
        var update = await raw.AuditEvents.SingleAsync(e => e.EventType == "TestPerson:Update");
        var fields = JsonDocument.Parse(update.Details!).RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal(["Phone"], fields);
        Assert.DoesNotContain("0201234567", update.Details);
        Assert.Equal(person.Id, update.SubjectPersonId);
    }

    [Fact]
    public async Task FailedWrite_LeavesNoSuccessEvent_AndRecordsTheFailedAttempt()
    {
        var person = await ArrangePersonAsync();
        await using (var scope = Scope())
        await using (var db = Context(scope))
        {
            var loaded = await db.People.SingleAsync();
            await using (var other = RawDb())
            {
                // A second agent saves first: the version moves on under our feet.
                await other.Database.ExecuteSqlRawAsync("UPDATE \"TestPeople\" SET \"Version\" = \"Version\" + 1");
            }

            loaded.Name = "Jan de Vries-Bakker";
            loaded.Version++;
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using var raw = RawDb();
        var events = await raw.AuditEvents.Where(e => e.EventType == "TestPerson:Update").ToListAsync();
        var failed = Assert.Single(events);
        Assert.Equal(AuditOutcome.Failed, failed.Outcome);
        Assert.Contains("DbUpdateConcurrencyException", failed.Details);
        Assert.Equal(person.Id, failed.SubjectPersonId);

        await using var verifyScope = Scope();
        Assert.True((await Get<AuditChainVerifier>(verifyScope).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task SynchronousSave_OfAnAuditedEntity_IsRefused()
    {
        await using var scope = Scope();
        await using var db = Context(scope);
        db.People.Add(new TestPerson { Id = Guid.NewGuid(), HouseholdId = Guid.NewGuid(), Name = "X" });
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    private async Task<TestPerson> ArrangePersonAsync()
    {
        var person = new TestPerson { Id = Guid.NewGuid(), HouseholdId = Guid.NewGuid(), Name = "Jan de Vries", Phone = "0612345678" };
        await using var scope = Scope();
        await using var db = Context(scope);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    private async Task<AuditEvent> SingleEventAsync()
    {
        await using var raw = RawDb();
        return await raw.AuditEvents.SingleAsync();
    }

    private TestDbContext Context(AsyncServiceScope scope)
    {
        var options = new DbContextOptionsBuilder<TestDbContext>();
        _ = Provider == DatabaseProvider.Postgres ? options.UseNpgsql(ConnectionString) : options.UseSqlite(ConnectionString);
        return new TestDbContext(options.AddInterceptors(Get<AuditSaveChangesInterceptor>(scope)).Options);
    }

    public sealed class TestPerson : IAuditedEntity
    {
        public Guid Id { get; set; }

        public Guid HouseholdId { get; set; }

        public required string Name { get; set; }

        public string? Phone { get; set; }

        [ConcurrencyCheck]
        public int Version { get; set; }

        public Guid? AuditHouseholdId => HouseholdId;

        public Guid? AuditPersonId => Id;
    }

    private sealed class TestDbContext(DbContextOptions<TestDbContext> options) : PortalDbContext(options)
    {
        public DbSet<TestPerson> People => Set<TestPerson>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<TestPerson>().ToTable("TestPeople");
        }
    }
}
