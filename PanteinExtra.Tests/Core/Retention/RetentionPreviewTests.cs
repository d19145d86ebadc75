using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Tests.Core.Retention;

public sealed class RetentionPreviewTests : RetentionTestHost
{
    [Fact]
    public async Task Preview_Household_ExpiresExactlyOnTheDayTwoYearsAfterMembershipEnded()
    {
        var h = await AddHouseholdAsync(new DateOnly(2028, 2, 29));

        Today(new DateOnly(2030, 2, 27));
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == h.Id);

        Today(new DateOnly(2030, 2, 28));
        var item = Assert.Single(await ItemsAsync(await PreviewAsync()), i => i.RecordId == h.Id);
        Assert.Equal(HouseholdRecordKind.KindKey, item.RecordKind);
        Assert.Equal(new DateOnly(2030, 2, 28), item.ExpiredOn);
        Assert.Contains("einde lidmaatschap 29-02-2028 + 2 jaar", item.Reason);
    }

    [Fact]
    public async Task Preview_Contribution_ExpiresOnTheFirstOfJanuarySevenYearsAfterItsFinancialYear()
    {
        var h = await AddHouseholdAsync(null, hh => hh.Contributions.Add(new Contribution { HouseholdId = hh.Id, Year = 2019, AmountDue = 30, AmountPaid = 30 }));
        var contribution = h.Contributions[0].Id;

        Today(new DateOnly(2026, 12, 31));
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == contribution);

        Today(new DateOnly(2027, 1, 1));
        var item = Assert.Single(await ItemsAsync(await PreviewAsync()), i => i.RecordId == contribution);
        Assert.Contains("boekjaar 2019 + 7 jaar", item.Reason);
    }

    [Fact]
    public async Task Preview_ClosedComplaint_ExpiresTwoYearsAfterClosure_AnOpenOneNever()
    {
        var h = await AddHouseholdAsync(null, hh =>
        {
            hh.Feedback.Add(new Feedback { HouseholdId = hh.Id, Kind = FeedbackKind.Complaint, Subject = "Te late hulp", ReceivedOn = new DateOnly(2023, 1, 5), ClosedOn = new DateOnly(2024, 3, 10) });
        });
        var complaint = h.Feedback[0].Id;

        Today(new DateOnly(2026, 3, 9));
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == complaint);
        Today(new DateOnly(2026, 3, 10));
        Assert.Contains(await ItemsAsync(await PreviewAsync()), i => i.RecordId == complaint);
    }

    [Fact]
    public async Task Preview_CallNotes_ByCreationOrByLastContact()
    {
        var h = await AddHouseholdAsync(null, hh =>
        {
            hh.CallNotes.Add(new CallNote { HouseholdId = hh.Id, AuthorUserId = "a", AuthorName = "A", Text = "oud", CreatedAtUtc = new DateTime(2027, 1, 10, 10, 0, 0, DateTimeKind.Utc) });
            hh.CallNotes.Add(new CallNote { HouseholdId = hh.Id, AuthorUserId = "a", AuthorName = "A", Text = "nieuw", CreatedAtUtc = new DateTime(2028, 6, 1, 10, 0, 0, DateTimeKind.Utc) });
        });
        var old = h.CallNotes[0].Id;

        Today(new DateOnly(2029, 1, 9));
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == old);
        Today(new DateOnly(2029, 1, 10));
        Assert.Contains(await ItemsAsync(await PreviewAsync()), i => i.RecordId == old);

        // Counted from the last call (1 June 2028), neither note has expired yet.
        await SetPeriodAsync(CallNoteRecordKind.KindKey, 24, RetentionTrigger.LastContact);
        var items = await ItemsAsync(await PreviewAsync());
        Assert.DoesNotContain(items, i => i.RecordKind == CallNoteRecordKind.KindKey);
        Today(new DateOnly(2030, 6, 1));
        Assert.Equal(2, (await ItemsAsync(await PreviewAsync())).Count(i => i.RecordKind == CallNoteRecordKind.KindKey));
    }

    [Fact]
    public async Task Preview_SubscriptionAndDiscount_ExpireFromTheirEndDate_LeapDayIncluded()
    {
        var h = await AddHouseholdAsync(null, hh =>
        {
            hh.Subscriptions.Add(new Subscription { HouseholdId = hh.Id, Kind = SubscriptionKind.Magazine, StartDate = new DateOnly(2015, 1, 1), EndDate = new DateOnly(2028, 2, 29) });
            hh.InsuranceDiscounts.Add(new InsuranceDiscount { HouseholdId = hh.Id, PersonId = hh.Persons[0].Id, Insurer = "VGZ", StartDate = new DateOnly(2015, 1, 1), EndDate = new DateOnly(2028, 2, 29) });
        });

        Today(new DateOnly(2029, 2, 27));
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == h.Subscriptions[0].Id);
        Today(new DateOnly(2029, 2, 28));
        Assert.Contains(await ItemsAsync(await PreviewAsync()), i => i.RecordId == h.Subscriptions[0].Id);
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == h.InsuranceDiscounts[0].Id);
        Today(new DateOnly(2030, 2, 28));
        Assert.Contains(await ItemsAsync(await PreviewAsync()), i => i.RecordId == h.InsuranceDiscounts[0].Id);
    }

    [Fact]
    public async Task Preview_HouseholdWithAnOpenComplaintOrALegalHold_IsHeld_AndSaysWhy()
    {
        Today(new DateOnly(2026, 6, 1));
        var complaining = await AddHouseholdAsync(new DateOnly(2023, 1, 1), hh =>
            hh.Feedback.Add(new Feedback { HouseholdId = hh.Id, Kind = FeedbackKind.Complaint, Subject = "Factuur", ReceivedOn = new DateOnly(2026, 5, 2) }));
        var disputed = await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var free = await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var set = await Use<LegalHoldService, Result>(s => s.SetAsync(new LegalHoldInput { MemberNumber = disputed.MemberNumber, Kind = LegalHoldKind.Dispute, Reason = "Geschil over de laatste factuur" }));
        Assert.True(set.Succeeded);

        var runId = await PreviewAsync();
        var items = await ItemsAsync(runId);

        var held = items.Single(i => i.RecordId == complaining.Id);
        Assert.Equal(RetentionItemState.Held, held.State);
        Assert.Contains("open klacht", held.HoldReason);
        Assert.Contains("geschil", items.Single(i => i.RecordId == disputed.Id).HoldReason);
        Assert.Equal(RetentionItemState.Pending, items.Single(i => i.RecordId == free.Id).State);
        var summary = (await RunAsync(runId)).Policies.Single(p => p.RecordKind == HouseholdRecordKind.KindKey);
        Assert.Equal(1, summary.ExpiredCount);
        Assert.Equal(2, summary.HeldCount);
    }

    [Fact]
    public async Task LiftedHold_NoLongerHoldsTheHousehold()
    {
        Today(new DateOnly(2026, 6, 1));
        var h = await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        await Use<LegalHoldService, Result>(s => s.SetAsync(new LegalHoldInput { MemberNumber = h.MemberNumber, Kind = LegalHoldKind.LegalClaim, Reason = "Mogelijke rechtsvordering" }));
        var hold = Assert.Single(await Use<LegalHoldService, IReadOnlyList<LegalHoldEntry>>(s => s.ListActiveAsync()));

        var lifted = await Use<LegalHoldService, Result>(s => s.LiftAsync(new LegalHoldLiftInput { HoldId = hold.HoldId!.Value, ConcurrencyStamp = hold.ConcurrencyStamp!.Value, Reason = "Vordering is ingetrokken" }));

        Assert.True(lifted.Succeeded);
        Assert.Empty(await Use<LegalHoldService, IReadOnlyList<LegalHoldEntry>>(s => s.ListActiveAsync()));
        Assert.Equal(RetentionItemState.Pending, (await ItemsAsync(await PreviewAsync())).Single(i => i.RecordId == h.Id).State);
    }

    [Fact]
    public async Task SetHold_WithoutAReason_IsRefusedWithADutchMessage()
    {
        var h = await AddHouseholdAsync(null);
        var result = await Use<LegalHoldService, Result>(s => s.SetAsync(new LegalHoldInput { MemberNumber = h.MemberNumber, Kind = LegalHoldKind.Other, Reason = "kort" }));
        Assert.False(result.Succeeded);
        Assert.Equal("Reden moet minstens 10 tekens lang zijn.", result.ErrorFor(nameof(LegalHoldInput.Reason)));
        var unknown = await Use<LegalHoldService, Result>(s => s.SetAsync(new LegalHoldInput { MemberNumber = "0000000", Kind = LegalHoldKind.Other, Reason = "Een goede reden hier" }));
        Assert.Equal("Er is geen huishouden met dit lidnummer.", unknown.ErrorFor(nameof(LegalHoldInput.MemberNumber)));
    }

    [Fact]
    public async Task LiftHold_ThatAColleagueLiftedFirst_IsAConflict()
    {
        var h = await AddHouseholdAsync(null);
        await Use<LegalHoldService, Result>(s => s.SetAsync(new LegalHoldInput { MemberNumber = h.MemberNumber, Kind = LegalHoldKind.Dispute, Reason = "Geschil over de laatste factuur" }));
        var hold = Assert.Single(await Use<LegalHoldService, IReadOnlyList<LegalHoldEntry>>(s => s.ListActiveAsync()));
        var lift = new LegalHoldLiftInput { HoldId = hold.HoldId!.Value, ConcurrencyStamp = hold.ConcurrencyStamp!.Value, Reason = "Geschil is opgelost met het lid" };

        Assert.True((await Use<LegalHoldService, Result>(s => s.LiftAsync(lift))).Succeeded);
        var second = await Use<LegalHoldService, Result>(s => s.LiftAsync(lift));

        Assert.Equal(ResultStatus.Conflict, second.Status);
    }

    [Fact]
    public async Task NewPreview_SupersedesTheOlderOne_WhichCanNoLongerBeApproved()
    {
        var first = await PreviewAsync();
        await PreviewAsync();

        var result = await Use<RetentionRunService, Result>(s => s.ApproveAsync(first));
        Assert.False(result.Succeeded);
        Assert.Contains("vervangen", result.Message);
    }

    [Fact]
    public async Task ScheduledPreview_AskedForAgainUnderTheLease_AfterAnotherInstanceMadeTodays_IsRefused()
    {
        Today(new DateOnly(2026, 6, 1));
        await AddHouseholdAsync(new DateOnly(2023, 1, 1));

        // Both instances saw no preview of today; the first made it, the second then gets the lease.
        var first = await Use<RetentionPreviewService, Result<Guid>>(s => s.CreateAsync(RetentionRunOrigin.Scheduled));
        var second = await Use<RetentionPreviewService, Result<Guid>>(s => s.CreateAsync(RetentionRunOrigin.Scheduled));

        Assert.True(first.Succeeded, first.Message);
        Assert.False(second.Succeeded);
        Assert.Equal("Het dagelijkse voorbeeld van vandaag is al gemaakt.", second.Message);
        await using var db = RawDb();
        Assert.Equal(1, await db.RetentionRuns.CountAsync(r => r.Origin == RetentionRunOrigin.Scheduled));
    }

    [Fact]
    public async Task ScheduledPreview_IsMadeOncePerDay_AsTheSystem()
    {
        Today(new DateOnly(2026, 6, 1));
        await AddHouseholdAsync(new DateOnly(2023, 1, 1));
        var scheduler = Services.GetService(typeof(RetentionDailyPreviewService)) as RetentionDailyPreviewService;

        Assert.True(await scheduler!.MakePreviewIfDueAsync(default));
        Assert.False(await scheduler.MakePreviewIfDueAsync(default));

        var latest = await Use<RetentionRunService, RetentionRun?>(s => s.LatestScheduledAsync());
        Assert.NotNull(latest);
        Assert.Equal(RetentionRunOrigin.Scheduled, latest.Origin);
        Assert.StartsWith("Systeem", latest.CreatedByName);
        Assert.Equal(1, latest.TotalItems);
        await using var db = RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == RetentionEventTypes.RunPreview && e.UserId == "systeem"));
    }
}
