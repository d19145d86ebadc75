using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.LogControl;

/// <summary>Each control rule on crafted events: one case it must flag, one it must leave alone.</summary>
public sealed class ControlRulesTests : CoreTestHost
{
    private const string Agent = "Sanne de Jong";

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(new LogControlOptions { VolumeMinimum = 5, FishingMinimumSearches = 5 });

    [Fact]
    public async Task OwnSurname_ViewingAHouseholdWithTheEmployeesSurname_IsAFinding()
    {
        await StaffAsync("Bakker", null, null);
        var household = await HouseholdAsync("Bakker", "1234AB", 1);
        await ViewAsync(household);

        var findings = await RunAsync();

        var finding = Assert.Single(findings, f => f.Rule == ControlRule.OwnSurnameOrAddress);
        Assert.Equal(Agent, finding.UserName);
        Assert.Contains(household.ToString(), finding.HouseholdIds);
        Assert.NotEmpty(finding.Evidence);
    }

    [Fact]
    public async Task OwnSurname_ViewingAnotherSurname_IsNoFinding()
    {
        await StaffAsync("Bakker", null, null);
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.OwnSurnameOrAddress);
    }

    [Fact]
    public async Task OwnAddress_ViewingTheEmployeesPostcodeAndHouseNumber_IsAFinding()
    {
        await StaffAsync("Smit", "5911AA", 4);
        await ViewAsync(await HouseholdAsync("Jansen", "5911AA", 4));

        Assert.Contains(await RunAsync(), f => f.Rule == ControlRule.OwnSurnameOrAddress);
    }

    [Fact]
    public async Task OwnAddress_SamePostcodeOtherHouseNumber_IsNoFinding()
    {
        await StaffAsync("Smit", "5911AA", 4);
        await ViewAsync(await HouseholdAsync("Jansen", "5911AA", 6));

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.OwnSurnameOrAddress);
    }

    [Fact]
    public async Task OutsideWorkingHours_AViewAtHalfPastNineInTheEvening_IsAFinding()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero));
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));

        Assert.Contains(await RunAsync(), f => f.Rule == ControlRule.OutsideWorkingHours);
    }

    [Fact]
    public async Task OutsideWorkingHours_AViewOnAWeekdayMorning_IsNoFinding()
    {
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.OutsideWorkingHours);
    }

    [Fact]
    public async Task Volume_FarAboveTheEmployeesOwnBaseline_IsAFinding()
    {
        var household = await HouseholdAsync("Jansen", "1234AB", 1);
        for (var i = 0; i < 10; i++)
        {
            await ViewAsync(household);
        }

        var finding = Assert.Single(await RunAsync(), f => f.Rule == ControlRule.VolumeAboveBaseline);
        Assert.Equal(10, finding.Evidence.Count);
    }

    [Fact]
    public async Task Volume_WithinTheEmployeesOwnBaseline_IsNoFinding()
    {
        var household = await HouseholdAsync("Jansen", "1234AB", 1);
        for (var i = 0; i < 120; i++)
        {
            await ViewAsync(household);
        }

        Clock.Advance(TimeSpan.FromDays(3));
        for (var i = 0; i < 10; i++)
        {
            await ViewAsync(household);
        }

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.VolumeAboveBaseline);
    }

    [Fact]
    public async Task Fishing_ManySearchesWithoutCallerChecks_IsAFinding()
    {
        for (var i = 0; i < 6; i++)
        {
            await RecordAsync(MembersEventTypes.Search, AuditAction.Search, null);
        }

        Assert.Contains(await RunAsync(), f => f.Rule == ControlRule.Fishing);
    }

    [Fact]
    public async Task Fishing_SearchesThatLeadToCallerChecks_IsNoFinding()
    {
        var household = await HouseholdAsync("Jansen", "1234AB", 1);
        for (var i = 0; i < 6; i++)
        {
            await RecordAsync(MembersEventTypes.Search, AuditAction.Search, null);
        }

        await RecordAsync(MembersEventTypes.CallerCheck, AuditAction.Create, household);
        await RecordAsync(MembersEventTypes.CallerCheck, AuditAction.Create, household);

        Assert.DoesNotContain(await RunAsync(), f => f.Rule == ControlRule.Fishing);
    }

    [Fact]
    public async Task Run_Twice_DoesNotRepeatAFinding()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero));
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));

        await RunAsync();
        var second = await RunAsync();

        Assert.Single(second, f => f.Rule == ControlRule.OutsideWorkingHours);
    }

    [Fact]
    public async Task Nightly_WhileAnotherInstanceHoldsItsLease_DoesNotRun_AndRunsOnceThatLeaseHasExpired()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero));
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 3, 0, 0, TimeSpan.Zero));
        var options = Services.GetRequiredService<LogControlOptions>();
        await using (var scope = Scope())
        {
            Assert.True(await Get<JobLeaseStore>(scope).TryClaimAsync(JobLease.NightlyLogControl, "other-instance", options.LeaseDuration, null, default));
        }

        var nightly = Services.GetRequiredService<LogControlNightlyService>();
        Assert.False(await nightly.RunIfDueAsync(CancellationToken.None));
        await using (var db = RawDb())
        {
            Assert.Equal(0, await db.ControlRuns.CountAsync());
        }

        // The other instance died holding it: once the lease has expired, the next tick runs yesterday.
        Clock.Advance(options.LeaseDuration + TimeSpan.FromSeconds(1));
        Assert.True(await nightly.RunIfDueAsync(CancellationToken.None));
        await using (var db = RawDb())
        {
            Assert.Equal(1, await db.ControlRuns.CountAsync());
        }
    }

    [Fact]
    public async Task Nightly_OnTwoInstancesAtOnce_RunsYesterdayOnce()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero));
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 3, 0, 0, TimeSpan.Zero));
        var instances = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<LogControlNightlyService>(Services)).ToList();

        var ran = await Task.WhenAll(instances.Select(i => Task.Run(() => i.RunIfDueAsync(CancellationToken.None))));

        Assert.Single(ran, r => r);
        await using var db = RawDb();
        Assert.Equal(1, await db.ControlRuns.CountAsync(r => r.Day == new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public async Task Nightly_RunsOverYesterdayOnceAsTheSystem()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 30, 0, TimeSpan.Zero));
        await ViewAsync(await HouseholdAsync("Jansen", "1234AB", 1));
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 3, 0, 0, TimeSpan.Zero));

        var nightly = Services.GetRequiredService<LogControlNightlyService>();
        Assert.True(await nightly.RunIfDueAsync(CancellationToken.None));
        Assert.False(await nightly.RunIfDueAsync(CancellationToken.None));

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var status = await Get<LogControlService>(scope).StatusAsync();
        Assert.Equal(1, status.OpenFindings);
        Assert.Equal(new DateOnly(2026, 3, 2), status.LastRun!.Day);
        Assert.StartsWith("Systeem", status.LastRun.RunBy);
    }

    private async Task<IReadOnlyList<ControlFinding>> RunAsync()
    {
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        await Get<LogControlService>(scope).RunAsync(DutchTime.Today(Clock));
        return await Get<LogControlService>(scope).FindingsAsync(null);
    }

    private async Task StaffAsync(string surname, string? postcode, int? number)
    {
        await using var db = RawDb();
        var userId = new TestCurrentUser().As(Roles.CallCentre).UserId;
        var entry = await db.StaffDirectory.SingleAsync(s => s.UserId == userId);
        entry.CorrectFacts(Agent, surname, postcode, number, null);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> HouseholdAsync(string surname, string postcode, int number)
    {
        var household = new Household { MemberNumber = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture), Street = "Molenweg", HouseNumber = number, Postcode = postcode, City = "Venlo", MemberSince = new DateOnly(2012, 4, 1) };
        await using var db = RawDb();
        db.AddRange(household, new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Anna", LastName = surname, DateOfBirth = new DateOnly(1950, 1, 1) });
        await db.SaveChangesAsync();
        return household.Id;
    }

    private Task ViewAsync(Guid household) => RecordAsync(MembersEventTypes.HouseholdView, AuditAction.View, household);

    private async Task RecordAsync(string type, AuditAction action, Guid? household)
    {
        User.As(Roles.CallCentre, Agent);
        await using var scope = Scope();
        await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(type, action) { SubjectHouseholdId = household });
    }
}
