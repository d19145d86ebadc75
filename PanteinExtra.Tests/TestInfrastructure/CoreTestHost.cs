using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PanteinExtra.Core;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.DemoData;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// Core services over a real database (SQLite, or PostgreSQL when the tests are switched to it) with the real migrations, a fake clock and a switchable employee.
/// Use one per test class (IClassFixture) or per test.
/// </summary>
public class CoreTestHost : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private ServiceProvider? _services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    public TestCurrentUser User { get; } = new();

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Seed the demo data on start (off by default: tests make their own data).</summary>
    protected virtual bool SeedDemoData => false;

    /// <summary>Seed the reference data (default retention policies) on start: with the demo data, or when a test asks.</summary>
    protected virtual bool SeedReferenceData => SeedDemoData;

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPanteinCore(new DatabaseOptions
        {
            Provider = _database.Provider,
            ConnectionString = _database.ConnectionString,
            SeedDemoData = SeedDemoData,
            SeedReferenceData = SeedReferenceData,
        });
        services.AddDemoData();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActorScope>().Actor ?? User);
        ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
        await ConfirmEmployeesAsync();
    }

    /// <summary>
    /// The test employees' user ids (as <see cref="TestCurrentUser.As"/> makes them) who stand in the staff directory
    /// and confirmed the duty of confidentiality today, as every employee does on first sign-in. A test of the refusal
    /// uses another id, or overrides this.
    /// </summary>
    protected virtual IReadOnlyCollection<string> ConfirmedEmployees =>
        ["test-callcentre", "test-privacyofficer", "test-administrator", "test-fg", "fg-1", "agent-1", "agent-nosy", "agent-other"];

    private async Task ConfirmEmployeesAsync()
    {
        await using var db = RawDb();
        var present = await db.StaffDirectory.Select(s => s.UserId).ToListAsync();
        foreach (var id in ConfirmedEmployees.Except(present))
        {
            var entry = new StaffDirectoryEntry { UserId = id, Name = $"Testmedewerker {id}", Surname = $"Testmedewerker-{id}" };
            entry.ConfirmConfidentiality(DutchTime.Today(Clock));
            db.StaffDirectory.Add(entry);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A DI scope, like one Blazor circuit or one request.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public T Get<T>(AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The purpose of use of <see cref="VerifiedCallAsync"/>.</summary>
    public const string VerifiedCallPurpose = "telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)";

    /// <summary>
    /// The agent records a verified caller check (the member, by date of birth and postcode) for the household in this
    /// scope, as the desk does before anything else: the lawful ground of every operation on that household's data.
    /// </summary>
    public Task<CallerCheckResult> VerifiedCallAsync(AsyncServiceScope scope, Guid householdId) =>
        Get<CallerCheckService>(scope).RecordAsync(
            householdId, new CallerCheckInput(CallerKind.Member, IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber));

    /// <summary>Appends <paramref name="count"/> plain access-log events (each in its own scope), about one household or each about a new one.</summary>
    public async Task RecordTestEventsAsync(int count, Guid? household = null)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = Scope();
            await Get<PanteinExtra.Core.Auditing.IAuditLog>(scope).RecordAsync(
                new PanteinExtra.Core.Auditing.AuditRecord("Test:View", PanteinExtra.Core.Auditing.AuditAction.View)
                {
                    SubjectHouseholdId = household ?? Guid.NewGuid(),
                    PurposeOfUse = "test",
                });
        }
    }

    /// <summary>The default retention policies (and the access log's), as a start with reference data seeds them.</summary>
    public async Task SeedRetentionPoliciesAsync()
    {
        await using var scope = Scope();
        await using var db = await DbAsync(scope);
        await scope.ServiceProvider.GetServices<IReferenceDataSeeder>().OfType<PanteinExtra.Core.Retention.RetentionDefaultPolicies>().Single()
            .SeedAsync(db, CancellationToken.None);
    }

    /// <summary>A context of the given scope, with the audit interceptor, as the services use it.</summary>
    public Task<PortalDbContext> DbAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>A context without the audit interceptor, for arranging data and asserting on the database.</summary>
    public PortalDbContext RawDb() => _database.RawDb();

    public DatabaseProvider Provider => _database.Provider;

    public string ConnectionString => _database.ConnectionString;

    public virtual async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _database.Dispose();
    }
}
