using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.DemoData.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Members;

public sealed class MembersDemoDataSeederTests(MembersDemoDataSeederTests.SeededHost host) : IClassFixture<MembersDemoDataSeederTests.SeededHost>
{
    public sealed class SeededHost : CoreTestHost
    {
        protected override bool SeedDemoData => true;
    }

    [Fact]
    public async Task FirstRun_FillsAbout2000RealisticDutchHouseholds()
    {
        await using var db = host.RawDb();

        Assert.Equal(MembersDemoDataSeeder.DemoHouseholds, await db.Households.CountAsync());
        Assert.True(await db.Persons.CountAsync() > 2_500, "housemates");
        Assert.True(await db.Persons.CountAsync(p => p.Infix != null) > 200, "tussenvoegsels");
        Assert.True(await db.ContactPersons.CountAsync() > 300, "contact persons");
        Assert.True(await db.Households.CountAsync(h => h.Status == MembershipStatus.Ended) > 50, "ended memberships");
        Assert.True(await db.Feedback.CountAsync(f => f.Kind == FeedbackKind.Complaint) > 50, "complaints");
        Assert.True(await db.Contributions.CountAsync() > 4_000, "contributions");
        Assert.True(await db.Subscriptions.CountAsync(s => s.Kind == SubscriptionKind.Newsletter) > 100, "newsletters");
        var postcodes = await db.Households.Select(h => h.Postcode).Take(200).ToListAsync();
        Assert.All(postcodes, p => Assert.Equal(p, DutchFormats.NormalisePostcode(p)));
    }

    [Fact]
    public async Task FirstRun_HouseholdsAreSearchable_AndTheirCreationIsAudited()
    {
        await using var db = host.RawDb();
        Assert.True(await db.HouseholdSearchKeys.CountAsync() > 10_000);
        Assert.True(await db.AuditEvents.CountAsync(e => e.EventType == "Household:Create" && e.UserId == "systeem") == MembersDemoDataSeeder.DemoHouseholds);

        host.User.As(Roles.CallCentre);
        await using var scope = host.Scope();
        var result = await host.Get<MemberSearchService>(scope).SearchAsync(HouseholdGenerator.MemberNumberFor(7));
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task SecondRun_AddsNothing()
    {
        await using var scope = host.Scope();
        await using var db = await host.DbAsync(scope);
        var seeder = host.Get<IEnumerable<IDemoDataSeeder>>(scope).OfType<MembersDemoDataSeeder>().Single();

        await seeder.SeedAsync(db, CancellationToken.None);

        await using var check = host.RawDb();
        Assert.Equal(MembersDemoDataSeeder.DemoHouseholds, await check.Households.CountAsync());
    }

    [Fact]
    public async Task Generator_IsDeterministicPerSeed()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var a = new HouseholdGenerator(42, clock).Create(1);
        var b = new HouseholdGenerator(42, clock).Create(1);

        Assert.Equal((a.Postcode, a.City, a.Persons[0].LastName), (b.Postcode, b.City, b.Persons[0].LastName));
        Assert.Equal(HouseholdGenerator.MemberNumberFor(1), a.MemberNumber);
        await Task.CompletedTask;
    }
}
