using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Benchmarks;

/// <summary>
/// Fills a throwaway SQLite file (real migrations) with simple households and many access-log events, spread evenly over
/// a period (in office hours, but for one in 200) and over <see cref="Employees"/> call-centre agents: mostly household
/// views, with searches and caller checks among them. Events are bulk-inserted with a raw prepared INSERT; their hashes are not a valid chain (these are read
/// benchmarks), but the real chain appends after them.
/// </summary>
internal static class AuditEventsFiller
{
    public const int Employees = 50;

    public static string Agent(int i) => $"agent-{i % Employees:00}";

    /// <summary>Returns the households' ids and member numbers.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string MemberNumber)>> FillAsync(
        BenchmarkDatabase database, int events, int households, DateTime fromUtc, DateTime toUtc)
    {
        var ids = new List<(Guid, string)>(households);
        await using (var db = await database.OpenFastAsync())
        {
            await db.Database.MigrateAsync();
            for (var i = 0; i < households; i++)
            {
                var h = new Household
                {
                    MemberNumber = (1_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    Street = "Kerkstraat",
                    HouseNumber = 1 + (i % 200),
                    Postcode = "6511AB",
                    City = "Nijmegen",
                    MemberSince = new DateOnly(2015, 1, 1),
                };
                db.Households.Add(h);
                db.Persons.Add(new Person { HouseholdId = h.Id, Role = PersonRole.MainMember, FirstName = "Lid", LastName = $"Nummer{i}" });
                ids.Add((h.Id, h.MemberNumber));
            }

            await db.SaveChangesAsync();
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF; PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO AuditEvents (Id, Sequence, EventType, StartedAtUtc, EndedAtUtc, DurationMs, Action, Outcome, UserId, UserName, UserRole, Machine, PurposeOfUse, SubjectHouseholdId, Hash)
            VALUES ($id, $seq, $type, $at, $at, 1, $action, 'Success', $user, $user, 'CallCentre', 'bench', $purpose, $household, 'x')
            """;
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var type = insert.Parameters.Add("$type", SqliteType.Text);
        var action = insert.Parameters.Add("$action", SqliteType.Text);
        var at = insert.Parameters.Add("$at", SqliteType.Text);
        var user = insert.Parameters.Add("$user", SqliteType.Text);
        var purpose = insert.Parameters.Add("$purpose", SqliteType.Text);
        var household = insert.Parameters.Add("$household", SqliteType.Text);
        insert.Prepare();
        var random = new Random(42);
        var span = (toUtc - fromUtc).TotalSeconds;
        for (var i = 0; i < events; i++)
        {
            var roll = random.Next(10);
            var (eventType, eventAction, withHousehold) = roll switch
            {
                < 7 => (MembersEventTypes.HouseholdView, "View", true),
                < 9 => (MembersEventTypes.Search, "Search", false),
                _ => (MembersEventTypes.CallerCheck, "Create", true),
            };
            id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            seq.Value = i + 1;
            type.Value = eventType;
            action.Value = eventAction;
            at.Value = WorkingHours(fromUtc.AddSeconds(span * i / events), i).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            user.Value = Agent(random.Next(Employees));
            purpose.Value = withHousehold ? "telefonisch contact: lid zelf, geverifieerd" : DBNull.Value;
            household.Value = withHousehold ? ids[random.Next(ids.Count)].Item1.ToString().ToUpperInvariant() : DBNull.Value;
            await insert.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
        return ids;
    }

    /// <summary>The office works 08:00-17:00 Dutch time: the day's events are squeezed into it, but one in 200 stays where it fell.</summary>
    private static DateTime WorkingHours(DateTime utc, int i)
    {
        if (i % 200 == 0)
        {
            return utc;
        }

        var local = DutchTime.ToDutch(utc);
        var squeezed = local.Date + TimeSpan.FromHours(8) + (local.TimeOfDay * 9 / 24);
        return DutchTime.ToUtc(squeezed);
    }
}
