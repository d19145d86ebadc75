using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

/// <summary>
/// The four ways to rewrite the log unseen that the keyed, checkpointed chain must expose. SQLite only: the tampering
/// uses SQLite's own SQL (its trigger names, unquoted identifiers); the check itself is the same on both engines.
/// </summary>
[Trait("Engine", "SqliteOnly")]
public sealed class AuditChainTamperTests : CoreTestHost
{
    [Fact]
    public async Task NewEvents_AreKeyedWithHmac_SoThePublicSha256DoesNotReproduceTheirHash()
    {
        await RecordTestEventsAsync(2);

        await using var db = RawDb();
        var events = await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync();
        Assert.All(events, e => Assert.Equal(AuditChain.KeyedHashVersion, e.HashVersion));
        Assert.NotEqual(AuditChain.ComputeLegacyHash(events[1], events[0].Hash), events[1].Hash);
    }

    [Fact]
    public async Task Verify_AfterAFieldIsChanged_ReportsThatEvent()
    {
        await RecordTestEventsAsync(5);
        await TamperAsync("UPDATE AuditEvents SET PurposeOfUse = 'iets anders' WHERE Sequence = 3");

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("inhoud", result.Problem);
    }

    [Fact]
    public async Task Verify_AfterAnEventInTheMiddleIsDeleted_ReportsTheGap()
    {
        await RecordTestEventsAsync(5);
        await TamperAsync("DELETE FROM AuditEvents WHERE Sequence = 3");

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("ontbreekt", result.Problem);
    }

    [Fact]
    public async Task Verify_AfterEventsAtTheEndAreDeletedSinceTheLastCheckpoint_ReportsTheMissingTail()
    {
        await RecordTestEventsAsync(5);
        await CheckpointAsync();
        await TamperAsync("DELETE FROM AuditEvents WHERE Sequence >= 4");

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Contains("aan het eind ontbreken", result.Problem);
        Assert.Contains("gebeurtenis 5", result.Problem);
    }

    [Fact]
    public async Task Verify_WithoutTamperingAfterACheckpoint_ReportsTheChainIntact()
    {
        await RecordTestEventsAsync(3);
        await CheckpointAsync();
        await RecordTestEventsAsync(2);

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(6, result.EventsChecked);
    }

    [Fact]
    public async Task Verify_AfterTheChainIsRecomputedWithAGuessedKey_ReportsTheFirstRecomputedEvent()
    {
        await RecordTestEventsAsync(5);
        await RecomputeFromAsync(3, e => AuditChain.ComputeKeyedHash(e.Event, e.PreviousHash, new AuditChainKey(new byte[32])), keepVersion: true);

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("zonder de sleutel herberekend", result.Problem);
    }

    [Fact]
    public async Task Verify_AfterTheChainIsRecomputedWithThePublicAlgorithm_ReportsTheUnkeyedEvent()
    {
        await RecordTestEventsAsync(5);
        await RecomputeFromAsync(3, e => AuditChain.ComputeLegacyHash(e.Event, e.PreviousHash), keepVersion: false);

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("zonder sleutel", result.Problem);
    }

    [Fact]
    public async Task Verify_AfterTheWholeChainIsRecomputedWithThePublicAlgorithm_ReportsTheCheckpointMismatch()
    {
        await RecordTestEventsAsync(4);
        await CheckpointAsync();
        await RecomputeFromAsync(1, e => AuditChain.ComputeLegacyHash(e.Event, e.PreviousHash), keepVersion: false);

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(1, result.BrokenAtSequence);
    }

    [Fact]
    public async Task Checkpoint_IsWrittenOutsideTheDatabaseAndRecordedAsARowAndAnEvent()
    {
        await RecordTestEventsAsync(2);

        var checkpoint = await CheckpointAsync();

        var files = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CheckpointFiles>(Services).ReadAll();
        Assert.Single(files.Valid);
        Assert.Equal(2, files.Valid[0].Sequence);
        await using var db = RawDb();
        Assert.Equal(checkpoint.Id, (await db.AuditCheckpoints.SingleAsync()).Id);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == AuditEventTypes.AuditLogCheckpoint && e.Sequence == 3));
    }

    [Fact]
    public async Task Verify_ReportsProgressUpToEveryEvent()
    {
        await RecordTestEventsAsync(4);
        var seen = new List<AuditChainProgress>();

        await using var scope = Scope();
        await Get<AuditChainVerifier>(scope).VerifyAsync(new SynchronousProgress(seen.Add));

        Assert.Equal(new AuditChainProgress(4, 4), seen[^1]);
    }

    [Fact]
    public async Task VerifyChain_ByTheFg_IsKeptAsTheLastCheck()
    {
        await RecordTestEventsAsync(3);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        await using var scope = Scope();
        await Get<AuditLogService>(scope).VerifyChainAsync();
        var status = await Get<AuditLogService>(scope).ChainStatusAsync();

        Assert.NotNull(status.LastCheck);
        Assert.True(status.LastCheck.IsIntact);
        Assert.Equal(3, status.LastCheck.EventsChecked);
        Assert.Equal("Mohammed el Amrani", status.LastCheck.CheckedBy);
    }

    [Fact]
    public async Task CheckpointNow_ByAnAgent_IsRefused()
    {
        User.As(Roles.CallCentre, "Sanne de Jong");

        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<AuditLogService>(scope).CheckpointNowAsync());
    }

    private async Task<AuditCheckpoint> CheckpointAsync()
    {
        await using var scope = Scope();
        return (await Get<AuditCheckpointService>(scope).WriteAsync(AuditCheckpointReason.OnDemand))!;
    }

    private async Task<AuditChainVerification> VerifyAsync()
    {
        await using var scope = Scope();
        return await Get<AuditChainVerifier>(scope).VerifyAsync();
    }

    /// <summary>An attacker changes event <paramref name="from"/> and recomputes every later hash with an algorithm of their choice.</summary>
    private async Task RecomputeFromAsync(long from, Func<(AuditEvent Event, string? PreviousHash), string> hash, bool keepVersion)
    {
        List<AuditEvent> events;
        await using (var db = RawDb())
        {
            events = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        }

        var sql = new System.Text.StringBuilder();
        string? previous = from > 1 ? events[(int)from - 2].Hash : null;
        foreach (var e in events.Where(e => e.Sequence >= from))
        {
            var changed = new AuditEvent
            {
                Id = e.Id,
                Sequence = e.Sequence,
                EventType = e.EventType,
                StartedAtUtc = e.StartedAtUtc,
                EndedAtUtc = e.EndedAtUtc,
                DurationMs = e.DurationMs,
                Action = e.Action,
                Outcome = e.Outcome,
                UserId = e.UserId,
                UserName = e.Sequence == from ? "iemand anders" : e.UserName,
                UserRole = e.UserRole,
                Machine = e.Machine,
                TraceId = e.TraceId,
                PurposeOfUse = e.PurposeOfUse,
                TargetType = e.TargetType,
                TargetId = e.TargetId,
                SubjectHouseholdId = e.SubjectHouseholdId,
                SubjectPersonId = e.SubjectPersonId,
                Details = e.Details,
                HashVersion = keepVersion ? e.HashVersion : AuditChain.LegacyHashVersion,
                PreviousHash = previous,
            };
            var h = hash((changed, previous));
            sql.Append($"UPDATE AuditEvents SET UserName = '{changed.UserName}', HashVersion = {changed.HashVersion}, ")
               .Append($"PreviousHash = {(previous is null ? "NULL" : $"'{previous}'")}, Hash = '{h}' WHERE Sequence = {e.Sequence};");
            previous = h;
        }

        await TamperAsync(sql.ToString());
    }

    private async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER AuditEvents_NoUpdate; DROP TRIGGER AuditEvents_NoDelete; " + sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class SynchronousProgress(Action<AuditChainProgress> report) : IProgress<AuditChainProgress>
    {
        public void Report(AuditChainProgress value) => report(value);
    }
}
