using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Retention;

/// <summary>Core over real SQLite with the default retention policies seeded, small batches and builders for members data.</summary>
public class RetentionTestHost : CoreTestHost
{
    public RetentionOptions Options { get; } = new() { BatchHouseholds = 2, LeaseDuration = TimeSpan.FromMinutes(2) };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Options);
    }

    /// <summary>The default policy of every record kind, as on a real start.</summary>
    protected override bool SeedReferenceData => true;

    /// <summary>Sets the fake clock to midday (Dutch time) of the given date.</summary>
    public void Today(DateOnly date) => Clock.SetUtcNow(new DateTimeOffset(DutchTime.ToUtc(date.ToDateTime(new TimeOnly(12, 0))), TimeSpan.Zero));

    public async Task<T> WithScopeAsync<T>(Func<AsyncServiceScope, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope);
    }

    public Task<T> Use<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull => WithScopeAsync(scope => work(Get<TService>(scope)));

    public async Task<Guid> PreviewAsync()
    {
        var result = await Use<RetentionPreviewService, Result<Guid>>(s => s.CreateAsync(RetentionRunOrigin.Manual));
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    public async Task<RetentionExecutionOutcome> ApproveAndExecuteAsync(Guid runId)
    {
        var approved = await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId));
        Assert.True(approved.Succeeded, approved.Message);
        return await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId));
    }

    public Task<RetentionRun> RunAsync(Guid runId) => Use<RetentionRunService, RetentionRun>(s => s.GetAsync(runId));

    public async Task<List<RetentionRunItem>> ItemsAsync(Guid runId)
    {
        await using var db = RawDb();
        return await db.RetentionRunItems.AsNoTracking().Where(i => i.RunId == runId).ToListAsync();
    }

    public async Task<RetentionPolicy> PolicyAsync(string kind)
    {
        await using var db = RawDb();
        return await db.RetentionPolicies.AsNoTracking().SingleAsync(p => p.RecordKind == kind);
    }

    /// <summary>Sets a policy's period directly (arrangement, not the audited edit under test).</summary>
    public async Task SetPeriodAsync(string kind, int months, RetentionTrigger? trigger = null, RetentionAction? action = null)
    {
        await using var db = RawDb();
        var p = await db.RetentionPolicies.SingleAsync(x => x.RecordKind == kind);
        p.PeriodMonths = months;
        p.Trigger = trigger ?? p.Trigger;
        p.Action = action ?? p.Action;
        await db.SaveChangesAsync();
    }

    public async Task<Household> AddHouseholdAsync(DateOnly? endedOn, Action<Household>? configure = null)
    {
        var number = Random.Shared.Next(1_000_000, 9_999_999).ToString();
        var h = new Household
        {
            MemberNumber = number,
            Status = endedOn is null ? MembershipStatus.Active : MembershipStatus.Ended,
            MemberSince = new DateOnly(2010, 4, 1),
            MembershipEndedOn = endedOn,
            Street = "Kerkstraat",
            HouseNumber = 12,
            HouseNumberAddition = "a",
            Postcode = "6543KL",
            City = "Nijmegen",
            Phone = "024-3456789",
            Email = $"fam{number}@voorbeeld.nl",
        };
        h.Persons.Add(new Person
        {
            HouseholdId = h.Id,
            Role = PersonRole.MainMember,
            Initials = "J.A.",
            FirstName = "Johanna",
            Infix = "van der",
            LastName = "Bilt",
            DateOfBirth = new DateOnly(1943, 6, 12),
            Phone = "06-12345678",
            Email = "johanna.vdbilt@voorbeeld.nl",
        });
        configure?.Invoke(h);
        await using var db = RawDb();
        db.Households.Add(h);
        await db.SaveChangesAsync();
        return h;
    }
}
