using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.Core.Retention;

namespace PanteinExtra.Tests.Core.Breaches;

public sealed class BreachRetentionTests : RetentionTestHost
{
    /// <summary>A breach with one affected (active) household and a letter to it, closed on the given day (or open).</summary>
    private async Task<(Breach Breach, Guid HouseholdId)> BreachAsync(int number, DateTime? closedAtUtc)
    {
        var household = await AddHouseholdAsync(endedOn: null);
        var breach = Breach.Report(number, "agent-1", "Sanne de Jong", new DateTime(2020, 3, 2, 9, 0, 0, DateTimeKind.Utc),
            new DateTime(2020, 3, 2, 8, 30, 0, DateTimeKind.Utc), "Een brief ging naar het verkeerde adres.", null);
        await using var db = RawDb();
        db.Breaches.Add(breach);
        db.BreachAffected.Add(new BreachAffected { BreachId = breach.Id, HouseholdId = household.Id, Source = AffectedSource.Search, AddedAtUtc = breach.AwareAtUtc });
        db.BreachLetters.Add(BreachLetter.Draft(breach.Id, household.Id, "Mevrouw J.A. van der Bilt", "Geachte mevrouw Van der Bilt, ...", breach.AwareAtUtc));
        await db.SaveChangesAsync();
        if (closedAtUtc is { } closed)
        {
            // Arrangement: the closing itself (with its measures) is tested in BreachStateMachineTests.
            await db.Breaches.Where(b => b.Id == breach.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.ClosedAtUtc, closed).SetProperty(b => b.Status, BreachStatus.Closed));
        }

        return (breach, household.Id);
    }

    [Fact]
    public async Task EveryInstallation_HasAPolicyForTheMemberDataOfBreaches_WithItsReasoning()
    {
        var policy = await PolicyAsync(BreachMemberDataRecordKind.KindKey);

        Assert.Equal(60, policy.PeriodMonths);
        Assert.Equal(RetentionTrigger.Closure, policy.Trigger);
        Assert.Contains("art. 33 lid 5 AVG", policy.Motivation);
    }

    [Fact]
    public async Task Run_FiveYearsAfterClosing_DeletesWhoWasAffectedAndTheLetters_ButKeepsTheBreachFile()
    {
        Today(new DateOnly(2026, 6, 1));
        var (old, _) = await BreachAsync(1, new DateTime(2021, 4, 1, 10, 0, 0, DateTimeKind.Utc));
        var (recent, _) = await BreachAsync(2, new DateTime(2021, 7, 1, 10, 0, 0, DateTimeKind.Utc));

        var outcome = await ApproveAndExecuteAsync(await PreviewAsync());

        Assert.Equal(RetentionExecutionOutcome.Completed, outcome);
        await using var db = RawDb();
        Assert.False(await db.BreachAffected.AnyAsync(a => a.BreachId == old.Id));
        Assert.False(await db.BreachLetters.AnyAsync(l => l.BreachId == old.Id));
        Assert.True(await db.Breaches.AnyAsync(b => b.Id == old.Id));
        Assert.True(await db.BreachAffected.AnyAsync(a => a.BreachId == recent.Id));
        Assert.True(await db.BreachLetters.AnyAsync(l => l.BreachId == recent.Id));
    }

    [Fact]
    public async Task Preview_HouseholdAffectedByAnOpenBreach_IsHeld_AndSaysWhichBreach()
    {
        Today(new DateOnly(2026, 6, 1));
        var (_, householdId) = await BreachAsync(7, closedAtUtc: null);
        await using (var db = RawDb())
        {
            // The membership ended long ago: without the breach the household would be erased now.
            await db.Households.Where(h => h.Id == householdId).ExecuteUpdateAsync(u => u
                .SetProperty(h => h.Status, PanteinExtra.Core.Members.MembershipStatus.Ended)
                .SetProperty(h => h.MembershipEndedOn, new DateOnly(2020, 1, 1)));
        }

        var items = await ItemsAsync(await PreviewAsync());

        var held = items.Single(i => i.RecordId == householdId);
        Assert.Equal(RetentionItemState.Held, held.State);
        Assert.Equal("open datalek #7", held.HoldReason);
    }
}
