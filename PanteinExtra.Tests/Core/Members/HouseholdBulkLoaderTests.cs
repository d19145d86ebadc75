using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.DemoData.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>
/// The one bulk loader's prepared-inserts mode (used by the benchmarks, not by the tests otherwise) and the
/// generator's options: rows must read back through EF as written and be found by the real search.
/// </summary>
public sealed class HouseholdBulkLoaderTests : IAsyncLifetime
{
    private readonly MembersTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task PreparedInserts_ReadBackThroughEf_WithTheInterceptorsSearchKeys_AndAreNotAudited()
    {
        int eventsBefore;
        await using (var before = _host.RawDb())
        {
            eventsBefore = await before.AuditEvents.CountAsync();
        }

        var generator = new HouseholdGenerator(7, _host.Clock);
        await HouseholdBulkLoader.LoadAsync(() => Task.FromResult<PortalDbContext>(_host.RawDb()), generator, 0, 60, 25, HouseholdWriteMode.PreparedInserts);

        await using var db = _host.RawDb();
        Assert.Equal(60, await db.Households.CountAsync());
        Assert.Equal(eventsBefore, await db.AuditEvents.CountAsync());
        var households = await db.Households.Include(h => h.Persons).AsSplitQuery().AsNoTracking().ToListAsync();
        var keys = (await db.HouseholdSearchKeys.AsNoTracking().ToListAsync()).ToLookup(k => k.SourceId, k => k.Key);
        foreach (var h in households)
        {
            Assert.Equal(HouseholdSearchKeys.For(h).Order(), keys[h.Id].Order());
            foreach (var p in h.Persons)
            {
                Assert.Equal(HouseholdSearchKeys.For(p).Order(), keys[p.Id].Order());
            }
        }

        _host.User.As(Roles.CallCentre);
        await using var scope = _host.Scope();
        var search = _host.Get<MemberSearchService>(scope);
        Assert.Single((await search.SearchAsync(HouseholdGenerator.MemberNumberFor(42))).Rows);
        var main = households.Single(h => h.MemberNumber == HouseholdGenerator.MemberNumberFor(42)).Persons.Single(p => p.Role == PersonRole.MainMember);
        Assert.Contains((await search.SearchAsync(PersonNames.Full(main.FirstName, main.Infix, main.LastName))).Rows, r => r.MemberNumber == HouseholdGenerator.MemberNumberFor(42));
    }

    [Fact]
    public void DefaultOptions_GenerateTheDemoDataUnchanged()
    {
        var withoutOptions = new HouseholdGenerator(MembersDemoDataSeeder.DemoSeed, _host.Clock);
        var withDefaults = new HouseholdGenerator(MembersDemoDataSeeder.DemoSeed, _host.Clock, new HouseholdGeneratorOptions());

        for (var i = 0; i < 200; i++)
        {
            var a = withoutOptions.Create(i);
            var b = withDefaults.Create(i);
            Assert.Equal(
                (a.Postcode, a.MemberSince, a.MembershipEndedOn, a.Persons.Count, a.Contributions.Count, a.Feedback.Count, a.CallNotes.Count),
                (b.Postcode, b.MemberSince, b.MembershipEndedOn, b.Persons.Count, b.Contributions.Count, b.Feedback.Count, b.CallNotes.Count));
        }
    }

    [Fact]
    public void EndedDaysAgo_PlacesTheEnd_AndEverythingThatHappenedBeforeIt()
    {
        var today = DutchTime.Today(_host.Clock);
        var generator = new HouseholdGenerator(3, _host.Clock, new HouseholdGeneratorOptions
        {
            EndedShare = 1f,
            EndedDaysAgo = (365 * 3, 365 * 10),
            ClosedComplaintShare = 1f,
        });

        for (var i = 0; i < 500; i++)
        {
            var h = generator.Create(i);
            var ended = Assert.NotNull(h.MembershipEndedOn);
            Assert.Equal(MembershipStatus.Ended, h.Status);
            Assert.InRange(today.DayNumber - ended.DayNumber, 365 * 3, 365 * 10);
            Assert.True(h.MemberSince < ended);
            Assert.All(h.Subscriptions, s => Assert.True(s.StartDate <= ended && s.EndDate == ended));
            Assert.All(h.Contributions, c => Assert.True(c.Year <= ended.Year));
            Assert.All(h.CallNotes, n => Assert.True(DateOnly.FromDateTime(n.CreatedAtUtc) <= ended));
            Assert.All(h.Feedback, f => Assert.True(f.ReceivedOn <= ended));
            Assert.All(h.Feedback.Where(f => f.Kind == FeedbackKind.Complaint), f => Assert.NotNull(f.ClosedOn));
        }
    }
}
