using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.DemoData.Consent;
using PanteinExtra.DemoData.Referrals;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Consent;

/// <summary>A household with a main member, a housemate and two contact persons (one may decide on consent).</summary>
public sealed record TestHousehold(Household Household, Person Main, Person Housemate, ContactPerson Daughter, ContactPerson Neighbour);

/// <summary>Builders for consent and referral tests, written without the audit interceptor.</summary>
public static class ConsentTestData
{
    /// <summary>The demo purposes and service providers (what a first run seeds when there are no households).</summary>
    public static async Task SeedCatalogueAsync(CoreTestHost host)
    {
        await using var db = host.RawDb();
        await new ConsentDemoDataSeeder(host.Clock).SeedAsync(db, default);
        await new ReferralsDemoDataSeeder().SeedAsync(db, default);
    }

    public static async Task<TestHousehold> SeedHouseholdAsync(CoreTestHost host, string memberNumber = "0012345")
    {
        var household = new Household
        {
            MemberNumber = memberNumber,
            Street = "Steenstraat",
            HouseNumber = 12,
            HouseNumberAddition = "a",
            Postcode = "5831JB",
            City = "Boxmeer",
            Phone = "0485 111 222",
            Email = "fam.jansen@example.nl",
            MemberSince = new DateOnly(2015, 4, 1),
        };
        var main = new Person
        {
            HouseholdId = household.Id,
            Role = PersonRole.MainMember,
            FirstName = "Wilhelmina",
            Infix = "van",
            LastName = "Jansen",
            DateOfBirth = new DateOnly(1941, 2, 3),
            Phone = "06 1234 5678",
            Email = "w.jansen@example.nl",
        };
        var housemate = new Person { HouseholdId = household.Id, Role = PersonRole.Housemate, FirstName = "Hendrik", LastName = "Jansen" };
        var daughter = new ContactPerson
        {
            HouseholdId = household.Id,
            Name = "Anja Jansen",
            Relation = "dochter",
            Permissions = ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.GiveOrWithdrawConsent,
        };
        var neighbour = new ContactPerson
        {
            HouseholdId = household.Id,
            Name = "Kees Buur",
            Relation = "buurman",
            Permissions = ContactPersonPermissions.ReceiveInformation,
        };
        await using var db = host.RawDb();
        db.AddRange(household, main, housemate, daughter, neighbour);
        await db.SaveChangesAsync();
        return new TestHousehold(household, main, housemate, daughter, neighbour);
    }

    public static async Task<ConsentPurpose> PurposeAsync(CoreTestHost host, ConsentPurposeKind kind)
    {
        await using var db = host.RawDb();
        return await db.ConsentPurposes.Include(p => p.Versions).AsNoTracking().FirstAsync(p => p.Kind == kind);
    }

    public static async Task<ServiceProvider> ProviderAsync(CoreTestHost host, string namePrefix)
    {
        await using var db = host.RawDb();
        return await db.ServiceProviders.AsNoTracking().FirstAsync(p => p.Name.StartsWith(namePrefix));
    }

    public static async Task<Subscription> SubscribeAsync(CoreTestHost host, Person person, SubscriptionKind kind, DateOnly start)
    {
        var subscription = new Subscription { HouseholdId = person.HouseholdId, PersonId = person.Id, Kind = kind, StartDate = start, Channel = ContactChannel.Email };
        await using var db = host.RawDb();
        db.Add(subscription);
        await db.SaveChangesAsync();
        return subscription;
    }
}
