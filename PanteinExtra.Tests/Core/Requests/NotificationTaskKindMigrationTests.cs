using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

/// <summary>The migration that keeps a task's recipient kind sorts the tasks made before it (both engines).</summary>
public sealed class NotificationTaskKindMigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task TasksFromBeforeTheKind_AreInsurersWhenTheyNameTheDiscount_AndServiceProvidersOtherwise()
    {
        await using var db = _database.RawDb();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("DocumentsLetterPdf");
        var household = new Household { MemberNumber = "4711001", Street = "Kerkstraat", HouseNumber = 1, Postcode = "6511AB", City = "Nijmegen", MemberSince = new DateOnly(2015, 1, 1) };
        var person = new Person { HouseholdId = household.Id, Role = PersonRole.MainMember, FirstName = "Johanna", LastName = "Berg" };
        var request = DataSubjectRequest.Register(
            1, RequestType.Erasure, new DateOnly(2026, 3, 2), ReceivedChannel.Letter, household.Id, person.Id, RequesterKind.DataSubject,
            null, null, authorised: true, null, null, "FG");
        db.AddRange(household, person, request);
        await db.SaveChangesAsync();
        async Task OldTaskAsync(string name, string sharedWhat) => await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "NotificationTasks" ("Id", "RequestId", "HouseholdId", "PersonId", "RecipientName", "SharedWhat", "CreatedOn")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})
            """,
            Guid.NewGuid(), request.Id, household.Id, person.Id, name, sharedWhat, new DateOnly(2026, 3, 2));
        await OldTaskAsync("VGZ", "naam, adres en lidnummer voor de collectiviteitskorting (sinds 01-03-2025)");
        await OldTaskAsync("Thuiszorg De Linde", "Naam, adres en telefoonnummer (sinds 04-02-2026)");

        await migrator.MigrateAsync();

        db.ChangeTracker.Clear();
        var kinds = await db.NotificationTasks.AsNoTracking().ToDictionaryAsync(t => t.RecipientName, t => t.RecipientKind);
        Assert.Equal(RecipientKind.Insurer, kinds["VGZ"]);
        Assert.Equal(RecipientKind.ServiceProvider, kinds["Thuiszorg De Linde"]);
    }

    public void Dispose() => _database.Dispose();
}
