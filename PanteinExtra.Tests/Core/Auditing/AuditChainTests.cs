using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Data;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

public sealed class AuditChainTests : CoreTestHost
{
    private async Task RecordAsync(int count, string eventType = "Test:View")
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = Scope();
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord(eventType, AuditAction.View)
            {
                SubjectHouseholdId = Guid.NewGuid(),
                PurposeOfUse = "test",
                Details = new Dictionary<string, object?> { ["i"] = i },
            });
        }
    }

    [Fact]
    public async Task Record_AppendsEventsWithConsecutiveSequencesEachPointingAtThePreviousHash()
    {
        await RecordAsync(3);

        await using var db = RawDb();
        var events = await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
        Assert.Null(events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        Assert.All(events, e => Assert.Equal(64, e.Hash.Length));
    }

    [Fact]
    public async Task Record_StoresWhoWhenWhatAndWhy()
    {
        User.As(PanteinExtra.Core.Common.Roles.CallCentre, "Sanne de Jong");
        var household = Guid.NewGuid();
        await using (var scope = Scope())
        {
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord("Household:View", AuditAction.View)
            {
                SubjectHouseholdId = household,
                PurposeOfUse = "telefonisch contact",
                TargetType = "Household",
                TargetId = household.ToString(),
            });
        }

        await using var db = RawDb();
        var e = await db.AuditEvents.SingleAsync();
        Assert.Equal("Household:View", e.EventType);
        Assert.Equal(AuditAction.View, e.Action);
        Assert.Equal(AuditOutcome.Success, e.Outcome);
        Assert.Equal("test-callcentre", e.UserId);
        Assert.Equal("Sanne de Jong", e.UserName);
        Assert.Equal("CallCentre", e.UserRole);
        Assert.Equal(household, e.SubjectHouseholdId);
        Assert.Equal("telefonisch contact", e.PurposeOfUse);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, e.StartedAtUtc);
        Assert.Equal(DateTimeKind.Utc, e.StartedAtUtc.Kind);
        Assert.False(string.IsNullOrEmpty(e.TraceId));
        Assert.False(string.IsNullOrEmpty(e.Machine));
    }

    [Fact]
    public async Task Verify_OnAnUntouchedLog_ReportsTheChainIntact()
    {
        await RecordAsync(5);

        await using var scope = Scope();
        var result = await Get<AuditChainVerifier>(scope).VerifyAsync();

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EventsChecked);
        Assert.Null(result.BrokenAtSequence);
    }

    [Fact]
    public async Task Verify_AfterSomeoneWithDatabaseRightsChangesARow_ReportsThatRowAsTheFirstBrokenLink()
    {
        await RecordAsync(5);
        await TamperAsync("UPDATE \"AuditEvents\" SET \"UserName\" = 'iemand anders' WHERE \"Sequence\" = 3");

        await using var scope = Scope();
        var result = await Get<AuditChainVerifier>(scope).VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Equal(2, result.EventsChecked);
        Assert.Contains("inhoud", result.Problem);
    }

    [Fact]
    public async Task Verify_AfterARowIsDeleted_ReportsTheGap()
    {
        await RecordAsync(4);
        await TamperAsync("DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = 2");

        await using var scope = Scope();
        var result = await Get<AuditChainVerifier>(scope).VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.BrokenAtSequence);
        Assert.Contains("ontbreekt", result.Problem);
    }

    [Fact]
    public async Task ConcurrentWriters_FromSeparateScopes_KeepOneUnbrokenChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RecordAsync(15))));

        await using var scope = Scope();
        var result = await Get<AuditChainVerifier>(scope).VerifyAsync();
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(60, result.EventsChecked);
    }

    /// <summary>What an attacker with direct database access would do: drop the guard triggers, then edit.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var db = RawDb();
        // No IF EXISTS: the guards the migration created must be there to be dropped.
        await db.Database.ExecuteSqlRawAsync(Provider == DatabaseProvider.Postgres
            ? "DROP TRIGGER \"AuditEvents_NoUpdate\" ON \"AuditEvents\""
            : "DROP TRIGGER AuditEvents_NoUpdate; DROP TRIGGER AuditEvents_NoDelete;");
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
