using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.Core.Retention;

namespace PanteinExtra.Tests.Core.Erasure;

/// <summary>
/// The engine's purge after an erasure (ADR 074), on whichever engine the tests run: SQLite leaves an empty
/// write-ahead log, PostgreSQL has vacuumed the touched tables (outside the erasing transaction, or VACUUM would fail).
/// </summary>
public sealed class ErasedDataPurgeTests : RetentionTestHost
{
    [Fact]
    public async Task TheEnginesOwnPurge_IsTheOneChosen()
    {
        await using var scope = Scope();

        var purge = scope.ServiceProvider.GetRequiredService<IErasedDataPurge>();

        Assert.IsType(Provider == DatabaseProvider.Postgres ? typeof(PostgresErasedDataPurge) : typeof(SqliteErasedDataPurge), purge);
    }

    [Fact]
    public async Task AfterAnErasureRequest_TheTouchedTablesAreVacuumedOrTheLogIsEmpty()
    {
        var home = await ErasedHouseholdData.CreateAsync(this, MembershipStatus.Active, endedOn: null);
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var request = await new RequestTestHousehold(home.HouseholdId, home.MainMemberId, home.HousemateId, Guid.Empty, Guid.Empty)
            .InProgressAsync(Get<RequestService>(scope), RequestType.Erasure, DutchTime.Today(Clock));

        var result = await Get<ErasureService>(scope).EraseAsync(request);

        Assert.True(result.Succeeded, result.Message);
        await AssertPurgedAsync("Persons", "Households", "HouseholdSearchKeys", "ContactPersons", "ConsentEvents", "Referrals");
    }

    [Fact]
    public async Task AfterARetentionRun_TheTouchedTablesAreVacuumedOrTheLogIsEmpty()
    {
        await ErasedHouseholdData.CreateAsync(this, MembershipStatus.Ended, endedOn: new DateOnly(2023, 6, 30));
        User.As(Roles.PrivacyOfficer);

        var outcome = await ApproveAndExecuteAsync(await PreviewAsync());

        Assert.Equal(RetentionExecutionOutcome.Completed, outcome);
        await AssertPurgedAsync("Persons", "Households", "HouseholdSearchKeys", "CallNotes", "Feedback");
    }

    private async Task AssertPurgedAsync(params string[] tables)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var db = RawDb();
            var vacuumed = await db.Database
                .SqlQueryRaw<string>("SELECT relname AS \"Value\" FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL")
                .ToListAsync();
            Assert.All(tables, t => Assert.Contains(t, vacuumed));
        }
        else
        {
            var wal = new SqliteConnectionStringBuilder(ConnectionString).DataSource + "-wal";
            Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0, "The write-ahead log still holds frames.");
        }
    }
}
