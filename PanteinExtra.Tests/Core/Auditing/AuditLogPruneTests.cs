using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Auditing.Pruning;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.Core.Members;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Auditing;

/// <summary>
/// The access log's retention: the oldest events go once expired, as one prefix anchored by a checkpoint, so the
/// chain stays verifiable; the database lets go only what a recorded prune covers. Runs on both engines.
/// </summary>
public sealed class AuditLogPruneTests : CoreTestHost
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(new AuditLogPruneOptions { BatchSize = 2 });

    // The test clock starts on 2 March 2026; "now" is five years and three months later, past the 60-month policy.
    private static readonly DateTimeOffset Now = new(2031, 6, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Prune_RemovesTheExpiredEventsAndTheChainStaysVerifiableFromItsCheckpoint()
    {
        var old = await OldEventsAsync(3);
        await RecordTestEventsAsync(2);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var result = await PruneAsync();

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(1, result.Value!.FromSequence);
        Assert.Equal(old, result.Value.UpToSequence);
        await using var db = RawDb();
        Assert.Equal(old + 1, await db.AuditEvents.MinAsync(e => e.Sequence));
        Assert.True(await db.AuditCheckpoints.AnyAsync(c => c.Reason == AuditCheckpointReason.Pruning && c.Sequence == old));
        var verification = await VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task Prune_InterruptedBetweenBatches_IsReportedByTheCheckAndFinishedByTheNextPrune()
    {
        var old = await OldEventsAsync(5);
        await RecordTestEventsAsync(1);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        using var stop = new CancellationTokenSource();

        await using (var scope = Scope())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                Get<AuditLogPruneService>(scope).PruneAsync(new SynchronousProgress(_ => stop.Cancel()), stop.Token));
        }

        var interrupted = await VerifyAsync();
        Assert.False(interrupted.IsIntact);
        Assert.Contains("niet afgemaakt", interrupted.Problem);

        var finished = await PruneAsync();

        Assert.True(finished.Succeeded, finished.Message);
        Assert.Contains("onderbroken inkorten", finished.Message);
        await using (var db = RawDb())
        {
            Assert.Equal(old + 1, await db.AuditEvents.MinAsync(e => e.Sequence));
            Assert.Equal(1, await db.AuditLogPrunes.CountAsync());
        }

        var verification = await VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task Prune_IsRecordedAsAnEventWithWhatWentAndWhy()
    {
        var old = await OldEventsAsync(3);
        await RecordTestEventsAsync(1);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        await PruneAsync();

        await using var db = RawDb();
        var prune = await db.AuditEvents.SingleAsync(e => e.EventType == AuditEventTypes.AuditLogPrune);
        Assert.Equal(AuditAction.Delete, prune.Action);
        var details = AuditDetails.Describe(prune.Details);
        Assert.Contains($"Vanaf gebeurtenis: 1 · tot en met gebeurtenis: {old} · gebeurtenissen: {old}", details);
        Assert.Contains("verlopen vóór: 03-06-2026", details);
        Assert.Equal("Toegangslog ingekort volgens de bewaartermijn", AuditEventNames.Describe(prune.EventType));
    }

    [Fact]
    public async Task Prune_WithNothingExpired_IsRefusedWithADutchReason()
    {
        await SeedRetentionPoliciesAsync();
        await RecordTestEventsAsync(3);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var result = await PruneAsync();

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Contains("Er is niets te verwijderen", result.Message);
    }

    [Fact]
    public async Task Prune_StopsBeforeTheEvidenceOfAnOpenFinding()
    {
        await OldEventsAsync(4);
        await RecordTestEventsAsync(1);
        await AddFindingAsync(FindingStatus.Open, evidence: "3,4");
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var plan = await PlanAsync();

        Assert.Equal(2, plan.UpToSequence);
        Assert.Contains(plan.Limits, l => l.Contains("open bevinding", StringComparison.Ordinal) && l.Contains("gebeurtenis 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prune_IgnoresTheEvidenceOfAReviewedFinding()
    {
        var old = await OldEventsAsync(4);
        await RecordTestEventsAsync(1);
        await AddFindingAsync(FindingStatus.Explained, evidence: "3");
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");

        var plan = await PlanAsync();

        Assert.Equal(old, plan.UpToSequence);
        Assert.Empty(plan.Limits);
    }

    [Fact]
    public async Task Prune_StopsBeforeTheFirstEventAboutAHouseholdUnderALegalHold()
    {
        await SeedRetentionPoliciesAsync();
        await RecordTestEventsAsync(2);
        var household = MemberBuilders.Household("Gerda", "van der", "Linden");
        await using (var db = RawDb())
        {
            db.Households.Add(household);
            await db.SaveChangesAsync();
        }

        var held = household.Id;
        await RecordTestEventsAsync(1, held);
        await RecordTestEventsAsync(2);
        Clock.SetUtcNow(Now);
        await RecordTestEventsAsync(1);
        long heldSequence;
        await using (var db = RawDb())
        {
            heldSequence = await db.AuditEvents.Where(e => e.SubjectHouseholdId == held).MinAsync(e => e.Sequence);
            db.LegalHolds.Add(new LegalHold
            {
                HouseholdId = held,
                Kind = LegalHoldKind.Dispute,
                Reason = "geschil over de inzage",
                SetAtUtc = Now.UtcDateTime,
                SetByUserId = "test-privacyofficer",
                SetByName = "Mohammed el Amrani",
            });
            await db.SaveChangesAsync();
        }

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var plan = await PlanAsync();

        Assert.Equal(heldSequence - 1, plan.UpToSequence);
        Assert.Contains(plan.Limits, l => l.Contains("blokkade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prune_StopsAtAMonthWhoseControlReportIsNotSignedOff()
    {
        await SeedRetentionPoliciesAsync();
        await RecordTestEventsAsync(2);
        var march = await LastSequenceAsync();
        Clock.SetUtcNow(new DateTimeOffset(2026, 4, 10, 10, 0, 0, TimeSpan.Zero));
        await RecordTestEventsAsync(2);
        Clock.SetUtcNow(Now);
        await RecordTestEventsAsync(1);
        await using (var db = RawDb())
        {
            db.ControlReports.Add(new ControlReport { Year = 2026, Month = 4, StartedAtUtc = Now.UtcDateTime, StartedBy = "Mohammed el Amrani" });
            await db.SaveChangesAsync();
        }

        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        var plan = await PlanAsync();

        Assert.Equal(march, plan.UpToSequence);
        Assert.Contains(plan.Limits, l => l.Contains("april 2026 is nog niet afgetekend", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Database_RefusesToDeleteAnEventNoPruneCovers()
    {
        await OldEventsAsync(3);
        await RecordTestEventsAsync(2);

        await using var db = RawDb();
        var before = await db.AuditEvents.CountAsync();
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" = 2"""));
        Assert.Equal(before, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task Database_AfterAPrune_StillRefusesToDeleteTheEventsThatRemain()
    {
        var old = await OldEventsAsync(3);
        await RecordTestEventsAsync(2);
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await PruneAsync();

        await using var db = RawDb();
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEvents" WHERE "Sequence" = {old + 1}"""));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditLogPrunes" SET "UpToSequence" = 1000"""));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditLogPrunes" """));
    }

    [Fact]
    public async Task Verify_AfterEventsAreDeletedUnderAPruneRecordWrittenBehindThePortalsBack_ReportsTheMissingStart()
    {
        await OldEventsAsync(3);
        await RecordTestEventsAsync(2);

        await using (var db = RawDb())
        {
            db.AuditLogPrunes.Add(new AuditLogPrune
            {
                FromSequence = 1,
                UpToSequence = 2,
                EventCount = 2,
                AnchorHash = new string('0', 64),
                CheckpointFileName = "geen",
                ExpiredBefore = new DateOnly(2026, 6, 3),
                PrunedByUserId = "indringer",
                PrunedByName = "Indringer",
            });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" <= 2""");
        }

        var verification = await VerifyAsync();

        Assert.False(verification.IsIntact);
        Assert.Contains("Het begin van het log ontbreekt", verification.Problem);
    }

    [Fact]
    public async Task PlanAndPrune_ByAnAgentOrAnAdministrator_AreRefused()
    {
        await OldEventsAsync(2);
        await RecordTestEventsAsync(1);
        await using var scope = Scope();
        var service = Get<AuditLogPruneService>(scope);

        foreach (var role in new[] { Roles.CallCentre, Roles.Administrator })
        {
            User.As(role, "Iemand");
            await Assert.ThrowsAsync<ForbiddenException>(() => service.PlanAsync());
            await Assert.ThrowsAsync<ForbiddenException>(() => service.PruneAsync());
        }

        await using var db = RawDb();
        Assert.Equal(0, await db.AuditLogPrunes.CountAsync());
    }

    [Fact]
    public async Task Policy_IsListedWithTheOthersAndChangedByTheSameRules()
    {
        await SeedRetentionPoliciesAsync();
        User.As(Roles.Administrator, "Ingrid Visser");
        await using var scope = Scope();
        var policies = Get<RetentionPolicyService>(scope);

        var view = (await policies.ListAsync()).Single(v => v.Policy.RecordKind == AccessLogRetention.SubjectKey);
        Assert.Equal(60, view.Policy.PeriodMonths);
        Assert.Contains("NEN 7513", view.Policy.Motivation);
        Assert.NotNull(view.Kind);

        var input = RetentionPolicyInput.From(view.Policy);
        input.PeriodYears = 3;
        input.ChangeNote = "Afgestemd met de FG na de jaarlijkse evaluatie";
        var changed = await policies.ChangeAsync(input);

        Assert.True(changed.Succeeded, changed.Message);
        await using var db = RawDb();
        Assert.Equal(36, (await db.RetentionPolicies.SingleAsync(p => p.RecordKind == AccessLogRetention.SubjectKey)).PeriodMonths);
    }

    [Theory]
    [InlineData("2026-03-02", 60, "2021-03-03")]
    [InlineData("2026-03-31", 1, "2026-03-01")]
    [InlineData("2024-02-29", 12, "2023-03-01")]
    public void FirstDayKept_IsTheFirstDayWhoseEventsHaveNotExpired(string today, int months, string expected)
    {
        var policy = new RetentionPolicy { RecordKind = AccessLogRetention.SubjectKey, Name = "toegangslog", PeriodMonths = months, Trigger = RetentionTrigger.Creation, UpdatedBy = "test" };

        Assert.Equal(DateOnly.Parse(expected), AuditLogPrunePlanner.FirstDayKept(policy, DateOnly.Parse(today)));
    }

    /// <summary>Events at the start (March 2026), then the clock moves to <see cref="Now"/>; returns the last old sequence.</summary>
    private async Task<long> OldEventsAsync(int count)
    {
        await SeedRetentionPoliciesAsync();
        await RecordTestEventsAsync(count);
        var last = await LastSequenceAsync();
        Clock.SetUtcNow(Now);
        return last;
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = RawDb();
        return await db.AuditEvents.MaxAsync(e => e.Sequence);
    }

    private async Task AddFindingAsync(FindingStatus status, string evidence)
    {
        await using var db = RawDb();
        var finding = new ControlFinding
        {
            Rule = ControlRule.OutsideWorkingHours,
            Day = new DateOnly(2026, 3, 2),
            UserId = "agent-1",
            UserName = "Sanne de Jong",
            HouseholdIds = "",
            EventSequences = evidence,
            Summary = "buiten werktijd",
            DetectedAtUtc = Now.UtcDateTime,
        };
        if (status != FindingStatus.Open)
        {
            finding.Explain("Uitgelegd door de medewerker: dienst op verzoek", "Mohammed el Amrani", Now.UtcDateTime);
        }

        db.ControlFindings.Add(finding);
        await db.SaveChangesAsync();
    }

    private async Task<AuditLogPrunePlan> PlanAsync()
    {
        await using var scope = Scope();
        return (await Get<AuditLogPruneService>(scope).PlanAsync())!;
    }

    private async Task<Result<AuditLogPrune>> PruneAsync()
    {
        await using var scope = Scope();
        return await Get<AuditLogPruneService>(scope).PruneAsync();
    }

    private async Task<AuditChainVerification> VerifyAsync()
    {
        await using var scope = Scope();
        return await Get<AuditChainVerifier>(scope).VerifyAsync();
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
