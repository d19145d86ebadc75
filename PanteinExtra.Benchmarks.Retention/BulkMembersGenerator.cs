using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PanteinExtra.Benchmarks.Retention;

/// <summary>
/// Writes members data straight into a migrated SQLite file with prepared INSERTs (values in the formats EF Core
/// stores: upper-case GUID text, ISO dates, enum names), far faster than the change tracker. Deterministic.
/// </summary>
public sealed class BulkMembersGenerator(string connectionString, DateOnly today, int seed = 42)
{
    private static readonly string[] Cities = ["Nijmegen", "Arnhem", "Tiel", "Wijchen", "Druten", "Beuningen", "Elst", "Zevenaar"];
    private readonly Random _random = new(seed);
    private int _memberNumber = 1_000_000;

    /// <summary>
    /// Households with a main member, a housemate in half of them, a contribution of last year, a magazine
    /// subscription, a call note in one in five and a closed complaint in one in twenty. <paramref name="endedShare"/>
    /// of them ended between 0 and 10 years ago; <paramref name="expiredEnded"/> forces every ended one to be
    /// long past any household retention period (3 to 10 years ago).
    /// </summary>
    public async Task<int> GenerateAsync(int households, double endedShare, bool expiredEnded = false)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var household = Command(connection, tx, "Households",
            "Id", "MemberNumber", "Status", "MemberSince", "MembershipEndedOn", "Street", "HouseNumber", "HouseNumberAddition", "Postcode", "City",
            "Phone", "Email", "PreferredChannel", "CommunicateThroughContactPerson", "ConcurrencyStamp");
        var person = Command(connection, tx, "Persons",
            "Id", "HouseholdId", "Role", "Initials", "FirstName", "Infix", "LastName", "DateOfBirth", "Phone", "Email", "ConcurrencyStamp");
        var contribution = Command(connection, tx, "Contributions", "Id", "HouseholdId", "Year", "AmountDue", "AmountPaid", "PaidOn", "Method");
        var subscription = Command(connection, tx, "Subscriptions", "Id", "HouseholdId", "PersonId", "Kind", "StartDate", "EndDate", "Channel");
        var note = Command(connection, tx, "CallNotes", "Id", "HouseholdId", "CreatedAtUtc", "AuthorUserId", "AuthorName", "Caller", "Text");
        var feedback = Command(connection, tx, "Feedback",
            "Id", "HouseholdId", "PersonId", "Kind", "ReceivedOn", "Channel", "Subject", "Description", "IsPrivacyComplaint", "Handling", "Outcome",
            "ClosedOn", "ConcurrencyStamp");

        var ended = 0;
        for (var i = 0; i < households; i++)
        {
            var id = Guid.CreateVersion7();
            var since = today.AddDays(-_random.Next(400, 365 * 30));
            DateOnly? endedOn = _random.NextDouble() < endedShare
                ? today.AddDays(-(expiredEnded ? _random.Next(365 * 3, 365 * 10) : _random.Next(1, 365 * 10)))
                : null;
            ended += endedOn is null ? 0 : 1;
            var number = (_memberNumber++).ToString(CultureInfo.InvariantCulture);
            await RunAsync(household, G(id), number, endedOn is null ? "Active" : "Ended", D(since), endedOn is { } e ? D(e) : null, "Dorpsstraat",
                _random.Next(1, 300), null, $"{_random.Next(1000, 9999)}AB", Cities[_random.Next(Cities.Length)], "024-1234567", $"lid{number}@voorbeeld.nl",
                "Post", 0, G(Guid.NewGuid()));
            var main = Guid.CreateVersion7();
            await RunAsync(person, G(main), G(id), "MainMember", "J.", "Jan", null, "Jansen", D(new DateOnly(_random.Next(1930, 1975), 5, 17)),
                "06-12345678", null, G(Guid.NewGuid()));
            if (i % 2 == 0)
            {
                await RunAsync(person, G(Guid.CreateVersion7()), G(id), "Housemate", "M.", "Marie", null, "Jansen", D(new DateOnly(_random.Next(1930, 1975), 3, 2)),
                    null, null, G(Guid.NewGuid()));
            }

            var lastYear = (endedOn ?? today).Year - 1;
            await RunAsync(contribution, G(Guid.CreateVersion7()), G(id), lastYear, "36.0", "36.0", D(new DateOnly(lastYear, 2, 1)), "DirectDebit");
            await RunAsync(subscription, G(Guid.CreateVersion7()), G(id), null, "Magazine", D(since), endedOn is { } end ? D(end) : null, "Post");
            if (i % 5 == 0)
            {
                var at = (endedOn ?? today).AddDays(-_random.Next(1, 900)).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
                await RunAsync(note, G(Guid.CreateVersion7()), G(id), at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), "bench", "Benchmark", "lid zelf",
                    "Belde over de huishoudelijke hulp.");
            }

            if (i % 20 == 0)
            {
                var received = (endedOn ?? today).AddDays(-_random.Next(30, 900));
                await RunAsync(feedback, G(Guid.CreateVersion7()), G(id), null, "Complaint", D(received), "Phone", "Te late hulp", "Omschrijving", 0, null, null,
                    D(received.AddDays(14)), G(Guid.NewGuid()));
            }
        }

        await tx.CommitAsync();
        return ended;
    }

    private static string G(Guid id) => id.ToString().ToUpperInvariant();

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static async Task RunAsync(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync();
    }
}
