using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Tests.Core.Retention;

public sealed class RetentionExecutionTests : RetentionTestHost
{
    private readonly CrashingListener _listener = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IRetentionBatchListener>(_listener);
    }

    [Fact]
    public async Task Execute_WithoutApproval_IsRefused_AndChangesNothing()
    {
        Today(new DateOnly(2026, 6, 1));
        var h = await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var runId = await PreviewAsync();

        var outcome = await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId));

        Assert.Equal(RetentionExecutionOutcome.NotApproved, outcome);
        await using var db = RawDb();
        Assert.Equal("Johanna", (await db.Persons.SingleAsync(p => p.HouseholdId == h.Id)).FirstName);
        Assert.Equal(RetentionRunStatus.Previewed, (await RunAsync(runId)).Status);
    }

    [Fact]
    public async Task Execute_AnonymisesTheHousehold_LeavingNoIdentifier_ButKeepingStatistics()
    {
        Today(new DateOnly(2026, 6, 1));
        var h = await AddHouseholdAsync(new DateOnly(2023, 1, 1), hh =>
        {
            hh.Persons.Add(new Person { HouseholdId = hh.Id, Role = PersonRole.Housemate, FirstName = "Gerrit", LastName = "Bilt", DateOfBirth = new DateOnly(1941, 2, 3), Phone = "06-99887766" });
            hh.ContactPersons.Add(new ContactPerson { HouseholdId = hh.Id, Name = "Marleen Oosterhout", Relation = "dochter", Phone = "06-11223344", Email = "marleen@voorbeeld.nl" });
            hh.CallNotes.Add(new CallNote { HouseholdId = hh.Id, AuthorUserId = "a", AuthorName = "Sanne", Caller = "dochter Marleen", Text = "Belt over verhuizing naar Zorgcentrum De Linde", CreatedAtUtc = new DateTime(2022, 11, 1, 9, 0, 0, DateTimeKind.Utc) });
            hh.Feedback.Add(new Feedback { HouseholdId = hh.Id, Kind = FeedbackKind.Complaint, Subject = "Klacht over Johanna's hulp", Description = "Mevrouw Van der Bilt uit de Kerkstraat", ReceivedOn = new DateOnly(2022, 1, 1), ClosedOn = new DateOnly(2022, 2, 1), Outcome = "Excuses aan mevrouw Van der Bilt" });
            hh.Subscriptions.Add(new Subscription { HouseholdId = hh.Id, Kind = SubscriptionKind.Magazine, StartDate = new DateOnly(2010, 4, 1) });
        });
        string[] identifiers = ["Johanna", "Bilt", "Gerrit", "Marleen", "Oosterhout", "Kerkstraat", "6543KL", "024-3456789", "06-12345678", "06-99887766", "06-11223344",
            "voorbeeld.nl", "J.A.", "De Linde", "1943-06-12", "1941-02-03"];

        var outcome = await ApproveAndExecuteAsync(await PreviewAsync());

        Assert.Equal(RetentionExecutionOutcome.Completed, outcome);
        var dump = await DumpHouseholdAsync(h.Id);
        foreach (var identifier in identifiers)
        {
            Assert.DoesNotContain(identifier, dump, StringComparison.OrdinalIgnoreCase);
        }

        await using var db = RawDb();
        var household = await db.Households.Include(x => x.Persons).Include(x => x.Subscriptions).SingleAsync(x => x.Id == h.Id);
        Assert.Equal("Nijmegen", household.City);
        Assert.Equal("6543", household.Postcode);
        Assert.Equal(new DateOnly(2010, 4, 1), household.MemberSince);
        Assert.Equal(new DateOnly(2023, 1, 1), household.MembershipEndedOn);
        Assert.StartsWith("X", household.MemberNumber);
        Assert.Equal(new DateOnly(1940, 1, 1), Assert.Single(household.Persons).DateOfBirth);
        Assert.Single(household.Subscriptions);
    }

    [Fact]
    public async Task Execute_AuditsEveryChange_ThroughSaveChanges()
    {
        Today(new DateOnly(2026, 6, 1));
        var h = await AddHouseholdAsync(new DateOnly(2023, 1, 1));

        await ApproveAndExecuteAsync(await PreviewAsync());

        await using var db = RawDb();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.SubjectHouseholdId == h.Id).ToListAsync();
        Assert.Contains(events, e => e.EventType == "Household:Update" && e.PurposeOfUse!.StartsWith("bewaartermijnen"));
        Assert.Contains(events, e => e.EventType == "Person:Update");
        Assert.Contains(await db.AuditEvents.AsNoTracking().Select(e => e.EventType).ToListAsync(), t => t == RetentionEventTypes.RunApprove);
    }

    [Fact]
    public async Task Contributions_KeepTheLedgerAndMemberNumberUntilTheirFiscalPeriodEnds()
    {
        Today(new DateOnly(2026, 6, 1));
        var h = await AddHouseholdAsync(new DateOnly(2023, 1, 1), hh =>
            hh.Contributions.Add(new Contribution { HouseholdId = hh.Id, Year = 2022, AmountDue = 36, AmountPaid = 36, PaidOn = new DateOnly(2022, 2, 1), Method = PaymentMethod.DirectDebit }));

        await ApproveAndExecuteAsync(await PreviewAsync());

        await using (var db = RawDb())
        {
            var household = await db.Households.Include(x => x.Contributions).SingleAsync(x => x.Id == h.Id);
            Assert.Equal(h.MemberNumber, household.MemberNumber);
            Assert.Equal(new DateOnly(2022, 2, 1), household.Contributions[0].PaidOn);
            Assert.Equal("", household.Street);
        }

        Today(new DateOnly(2030, 1, 1));
        await ApproveAndExecuteAsync(await PreviewAsync());

        await using (var db = RawDb())
        {
            var household = await db.Households.Include(x => x.Contributions).SingleAsync(x => x.Id == h.Id);
            Assert.StartsWith("X", household.MemberNumber);
            var contribution = Assert.Single(household.Contributions);
            Assert.Equal(36, contribution.AmountPaid);
            Assert.Null(contribution.PaidOn);
        }
    }

    [Fact]
    public async Task CrashInTheMiddleOfABatch_ThenResume_DoesEverythingOnce_AndNoHouseholdHalfway()
    {
        Today(new DateOnly(2026, 6, 1));
        var households = new List<Household>();
        for (var i = 0; i < 6; i++)
        {
            households.Add(await AddHouseholdAsync(new DateOnly(2023, 1, 1), hh =>
                hh.ContactPersons.Add(new ContactPerson { HouseholdId = hh.Id, Name = "Contact", Relation = "zoon" })));
        }

        var runId = await PreviewAsync();
        _listener.CrashOnBatch = 2;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => ApproveAndExecuteAsync(runId));

        var afterCrash = await RunAsync(runId);
        Assert.Equal(RetentionRunStatus.Running, afterCrash.Status);
        Assert.Equal(1, afterCrash.LastBatchNumber);
        var states = await HouseholdStatesAsync(households);
        Assert.Equal(2, states.Count(s => s == "anonymised"));
        Assert.Equal(4, states.Count(s => s == "untouched"));

        _listener.CrashOnBatch = null;
        var outcome = await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId));

        Assert.Equal(RetentionExecutionOutcome.Completed, outcome);
        Assert.All(await HouseholdStatesAsync(households), s => Assert.Equal("anonymised", s));
        await using var db = RawDb();
        foreach (var h in households)
        {
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.EventType == "Household:Update" && e.SubjectHouseholdId == h.Id && e.Outcome == AuditOutcome.Success));
        }

        var run = await RunAsync(runId);
        Assert.Equal(12, run.ProcessedItems);
        Assert.Equal(12, await db.RetentionTombstones.CountAsync(t => t.RunId == runId));
        Assert.All(await ItemsAsync(runId), i => Assert.Equal(RetentionItemState.Done, i.State));
    }

    [Fact]
    public async Task ShutdownDuringABatch_LetsThatBatchCommit_AndInterruptsTheRunBeforeTheNext()
    {
        Today(new DateOnly(2026, 6, 1));
        var households = new List<Household>();
        for (var i = 0; i < 6; i++)
        {
            households.Add(await AddHouseholdAsync(new DateOnly(2023, 1, 1)));
        }

        var runId = await PreviewAsync();
        Assert.True((await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId))).Succeeded);
        using var shutdown = new CancellationTokenSource();
        _listener.ShutdownOnBatch = (1, shutdown);

        var outcome = await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId, shutdown.Token));

        Assert.Equal(RetentionExecutionOutcome.Interrupted, outcome);
        var run = await RunAsync(runId);
        Assert.Equal(RetentionRunStatus.Running, run.Status);
        Assert.Equal(1, run.LastBatchNumber);
        var states = await HouseholdStatesAsync(households);
        Assert.Equal(2, states.Count(s => s == "anonymised"));
        Assert.Equal(4, states.Count(s => s == "untouched"));
    }

    [Fact]
    public async Task TwoRunsAtOnce_TheSecondIsRefused_AlsoFromAnotherInstance()
    {
        Today(new DateOnly(2026, 6, 1));
        for (var i = 0; i < 4; i++)
        {
            await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        }

        var runId = await PreviewAsync();
        Assert.True((await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId))).Succeeded);
        _listener.PauseOnBatch = 1;
        var first = Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId));
        await _listener.Paused.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(RetentionExecutionOutcome.Busy, await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId)));
        Assert.Equal(ResultStatus.Refused, (await Use<RetentionPreviewService, Result<Guid>>(s => s.CreateAsync(RetentionRunOrigin.Manual))).Status);

        _listener.Resume.SetResult();
        Assert.Equal(RetentionExecutionOutcome.Completed, await first);
    }

    [Fact]
    public async Task LeaseOfAnInstanceThatDied_IsTakenOverAfterItExpires()
    {
        Today(new DateOnly(2026, 6, 1));
        await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var runId = await PreviewAsync();
        Assert.True((await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId))).Succeeded);
        Assert.True(await Use<JobLeaseStore, bool>(s => s.TryClaimAsync(JobLease.RetentionWork, "other-instance", Options.LeaseDuration, runId, default)));

        Assert.Equal(RetentionExecutionOutcome.Busy, await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId)));
        Clock.Advance(Options.LeaseDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(RetentionExecutionOutcome.Completed, await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId)));
    }

    [Fact]
    public async Task HoldSetAfterApproval_StillProtectsTheHousehold()
    {
        Today(new DateOnly(2026, 6, 1));
        var h = await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var runId = await PreviewAsync();
        Assert.True((await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId))).Succeeded);
        await Use<LegalHoldService, Result>(s => s.SetAsync(new LegalHoldInput { MemberNumber = h.MemberNumber, Kind = LegalHoldKind.Dispute, Reason = "Geschil gemeld na goedkeuring" }));

        await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId));

        Assert.Equal("untouched", Assert.Single(await HouseholdStatesAsync([h])));
        Assert.Contains("geschil", (await ItemsAsync(runId)).Single(i => i.RecordId == h.Id).HoldReason);
    }

    [Fact]
    public async Task StopRequested_StopsBetweenBatches_AndApprovingAgainResumes()
    {
        Today(new DateOnly(2026, 6, 1));
        var households = new List<Household>();
        for (var i = 0; i < 4; i++)
        {
            households.Add(await AddHouseholdAsync(new DateOnly(2023, 1, 1)));
        }

        var runId = await PreviewAsync();
        Assert.True((await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId))).Succeeded);
        _listener.StopAfterBatch = (1, () => Use<RetentionRunService, Result>(s => s.RequestStopAsync(runId)));

        Assert.Equal(RetentionExecutionOutcome.Stopped, await Use<RetentionRunExecutor, RetentionExecutionOutcome>(s => s.ExecuteAsync(runId)));
        Assert.Equal(2, (await HouseholdStatesAsync(households)).Count(s => s == "anonymised"));

        _listener.StopAfterBatch = null;
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));
        Assert.All(await HouseholdStatesAsync(households), s => Assert.Equal("anonymised", s));
    }

    [Fact]
    public async Task PolicyChangedAfterPreview_ApprovalIsRefused()
    {
        Today(new DateOnly(2026, 6, 1));
        var runId = await PreviewAsync();
        var policy = await PolicyAsync(HouseholdRecordKind.KindKey);
        User.As(PanteinExtra.Core.Common.Roles.Administrator);
        var input = RetentionPolicyInput.From(policy);
        input.PeriodYears = 3;
        input.ChangeNote = "Langer bewaren";
        Assert.True((await Use<RetentionPolicyService, Result>(s => s.ChangeAsync(input))).Succeeded);
        User.As(PanteinExtra.Core.Common.Roles.PrivacyOfficer);

        var result = await Use<RetentionRunService, Result>(s => s.ApproveAsync(runId));

        Assert.False(result.Succeeded);
        Assert.Contains("gewijzigd", result.Message);
    }

    [Fact]
    public async Task Report_NamesWhoApproved_AndTheCountsPerPolicy()
    {
        Today(new DateOnly(2026, 6, 1));
        await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var runId = await PreviewAsync();
        await ApproveAndExecuteAsync(runId);

        var file = await Use<RetentionReportService, RetentionReportFile>(s => s.ExportCsvAsync(runId));

        var csv = System.Text.Encoding.UTF8.GetString(file.Content);
        Assert.Contains("Goedgekeurd;01-06-2026 12:00;Test FG", csv);
        Assert.Contains("Huishouden na einde lidmaatschap;huishoudens;1;2 jaar;anonimiseren;1;0;1;0", csv);
        await using var db = RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == RetentionEventTypes.RunExport && e.Action == AuditAction.Export));
    }

    private async Task<List<string>> HouseholdStatesAsync(IEnumerable<Household> households)
    {
        await using var db = RawDb();
        var result = new List<string>();
        foreach (var h in households)
        {
            var current = await db.Households.Include(x => x.Persons).Include(x => x.ContactPersons).SingleAsync(x => x.Id == h.Id);
            var anonymised = current.Street == "" && current.Persons.All(p => p.FirstName == Person.AnonymisedName) && current.ContactPersons.Count == 0;
            var untouched = current.Street == h.Street && current.Persons.All(p => p.FirstName != Person.AnonymisedName) && current.ContactPersons.Count == h.ContactPersons.Count;
            result.Add(anonymised ? "anonymised" : untouched ? "untouched" : "half");
        }

        return result;
    }

    private async Task<string> DumpHouseholdAsync(Guid householdId)
    {
        await using var db = RawDb();
        var h = await db.Households.AsNoTracking()
            .Include(x => x.Persons).Include(x => x.ContactPersons).Include(x => x.CallNotes).Include(x => x.Feedback)
            .Include(x => x.Subscriptions).Include(x => x.InsuranceDiscounts).Include(x => x.Contributions)
            .SingleAsync(x => x.Id == householdId);
        var items = await db.RetentionRunItems.AsNoTracking().Where(i => i.HouseholdId == householdId).ToListAsync();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.SubjectHouseholdId == householdId).Select(e => e.Details).ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(new { h, items, events });
    }

    private sealed class SimulatedCrashException() : Exception("Simulated crash in the middle of a batch.");

    /// <summary>Crashes a batch inside its transaction, or pauses or stops the run after a batch committed.</summary>
    private sealed class CrashingListener : IRetentionBatchListener
    {
        public int? CrashOnBatch { get; set; }

        public int? PauseOnBatch { get; set; }

        public (int Batch, Func<Task<Result>> Stop)? StopAfterBatch { get; set; }

        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The host's stopping token is cancelled while this batch is being applied.</summary>
        public (int Batch, CancellationTokenSource Stopping)? ShutdownOnBatch { get; set; }

        public Task BatchApplyingAsync(Guid runId, int batchNumber, int items, CancellationToken ct)
        {
            if (ShutdownOnBatch is { } shutdown && shutdown.Batch == batchNumber)
            {
                shutdown.Stopping.Cancel();
            }

            return batchNumber == CrashOnBatch ? throw new SimulatedCrashException() : Task.CompletedTask;
        }

        public async Task BatchCommittedAsync(Guid runId, int batchNumber, int items, CancellationToken ct)
        {
            if (StopAfterBatch is { } stop && stop.Batch == batchNumber)
            {
                Assert.True((await stop.Stop()).Succeeded);
            }

            if (batchNumber == PauseOnBatch)
            {
                Paused.TrySetResult();
                await Resume.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            }
        }
    }
}
