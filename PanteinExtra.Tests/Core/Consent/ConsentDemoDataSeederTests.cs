using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Consent;

public sealed class ConsentDemoDataSeederTests : CoreTestHost
{
    [Fact]
    public async Task Seed_WithoutHouseholds_AddsPurposesAndProvidersOnly()
    {
        await ConsentTestData.SeedCatalogueAsync(this);

        await using var db = RawDb();
        Assert.Equal(5, await db.ConsentPurposes.CountAsync());
        Assert.Equal(2, await db.ConsentPurposeVersions.CountAsync(v => v.PurposeId == db.ConsentPurposes.Single(p => p.Code == "nieuwsbrief").Id));
        Assert.Equal(5, await db.ServiceProviders.CountAsync());
        Assert.False(await db.ConsentEvents.AnyAsync());
        Assert.False(await db.Referrals.AnyAsync());
    }

    [Fact]
    public async Task Seed_WithHouseholds_RecordsConsentsMatchingTheirSubscriptions_OnTheWordingOfThatTime()
    {
        var home = await ConsentTestData.SeedHouseholdAsync(this);
        await ConsentTestData.SubscribeAsync(this, home.Main, SubscriptionKind.Newsletter, new DateOnly(2020, 6, 1));
        var ended = await ConsentTestData.SubscribeAsync(this, home.Housemate, SubscriptionKind.MembersPanel, new DateOnly(2021, 1, 1));
        await using (var arrange = RawDb())
        {
            (await arrange.Subscriptions.FindAsync(ended.Id))!.EndDate = new DateOnly(2022, 1, 1);
            await arrange.SaveChangesAsync();
        }

        await ConsentTestData.SeedCatalogueAsync(this);
        await ConsentTestData.SeedCatalogueAsync(this);

        await using var db = RawDb();
        var events = await db.ConsentEvents.ToListAsync();
        var newsletter = events.Single(e => e.PersonId == home.Main.Id);
        Assert.Equal(ConsentAction.Given, newsletter.Action);
        Assert.Equal(1, newsletter.PurposeVersion);
        var panel = events.Where(e => e.PersonId == home.Housemate.Id).OrderBy(e => e.Sequence).ToList();
        Assert.Equal([ConsentAction.Given, ConsentAction.Withdrawn], panel.Select(e => e.Action));
        Assert.Equal([1, 2], panel.Select(e => e.Sequence));
    }
}
