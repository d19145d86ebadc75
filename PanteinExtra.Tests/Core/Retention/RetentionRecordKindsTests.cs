using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Tests.Core.Retention;

/// <summary>
/// The kinds of record beyond the members desk: compliments, referrals with their disclosures, data-subject requests with
/// their letters and timeline, and consent records. Each expires exactly what its default policy says, and nothing of a
/// household that is held.
/// </summary>
public sealed class RetentionRecordKindsTests : RetentionTestHost
{
    private static readonly DateTime Noon = new(2000, 1, 1, 11, 0, 0, DateTimeKind.Utc);

    private static DateTime At(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + Noon.TimeOfDay;

    [Fact]
    public async Task Compliment_IsAnonymisedAYearAfterItWasReceived_AndAComplaintIsNotTouchedByItsPolicy()
    {
        var h = await AddHouseholdAsync(null, hh =>
        {
            hh.Feedback.Add(new Feedback { HouseholdId = hh.Id, Kind = FeedbackKind.Compliment, Subject = "Mevrouw Bilt was erg vriendelijk", Description = "Geholpen door Sanne", ReceivedOn = new DateOnly(2025, 3, 10) });
            hh.Feedback.Add(new Feedback { HouseholdId = hh.Id, Kind = FeedbackKind.Compliment, Subject = "Snel geholpen", ReceivedOn = new DateOnly(2025, 3, 11) });
            hh.Feedback.Add(new Feedback { HouseholdId = hh.Id, Kind = FeedbackKind.Complaint, Subject = "Te laat", ReceivedOn = new DateOnly(2024, 1, 1), ClosedOn = new DateOnly(2025, 3, 1) });
        });
        var (old, young) = (h.Feedback[0].Id, h.Feedback[1].Id);
        Today(new DateOnly(2026, 3, 10));

        var runId = await PreviewAsync();

        var item = Assert.Single(await ItemsAsync(runId), i => i.RecordKind == ComplimentRecordKind.KindKey);
        Assert.Equal(old, item.RecordId);
        Assert.DoesNotContain(await ItemsAsync(runId), i => i.RecordId == young || i.RecordKind == ComplaintRecordKind.KindKey);
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));
        await using var db = RawDb();
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.HouseholdId == h.Id).ToDictionaryAsync(f => f.Id);
        Assert.Equal((Person.AnonymisedName, null, FeedbackKind.Compliment, new DateOnly(2025, 3, 10)),
            (feedback[old].Subject, feedback[old].Description, feedback[old].Kind, feedback[old].ReceivedOn));
        Assert.Equal("Snel geholpen", feedback[young].Subject);
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordId == old); // done once, not again
    }

    [Fact]
    public async Task Referral_GoesWithItsDisclosureTwoYearsAfterItWasClosed_AnOpenOrYoungerOneStays()
    {
        var h = await AddHouseholdAsync(null);
        var person = h.Persons[0].Id;
        Guid oldReferral, youngReferral, openReferral;
        await using (var db = RawDb())
        {
            var provider = new ServiceProvider { Name = "Thuishulp Maas en Waal", Region = "Nijmegen", Services = ["traplift"] };
            db.Add(provider);
            Referral Add(DateOnly created, DateOnly? closed)
            {
                var r = new Referral { HouseholdId = h.Id, PersonId = person, ServiceProviderId = provider.Id, Service = "traplift", CreatedAtUtc = At(created), CreatedByUserId = "a", CreatedByName = "Sanne" };
                if (closed is { } c)
                {
                    r.Complete(At(c));
                }

                db.Add(r);
                db.Add(Disclosure.OfReferral(r, provider));
                return r;
            }

            oldReferral = Add(new DateOnly(2023, 5, 1), new DateOnly(2024, 6, 1)).Id;
            youngReferral = Add(new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 2)).Id;
            openReferral = Add(new DateOnly(2023, 5, 1), null).Id;
            await db.SaveChangesAsync();
        }

        Today(new DateOnly(2026, 6, 1));
        var runId = await PreviewAsync();

        var item = Assert.Single(await ItemsAsync(runId), i => i.RecordKind == ReferralRecordKind.KindKey);
        Assert.Equal(oldReferral, item.RecordId);
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));
        await using var check = RawDb();
        Assert.Equal(new[] { youngReferral, openReferral }.Order(), (await check.Referrals.Select(r => r.Id).ToListAsync()).Order());
        Assert.Equal(new Guid?[] { youngReferral, openReferral }.Order(), (await check.Disclosures.Select(d => d.ReferralId).ToListAsync()).Order());
    }

    [Fact]
    public async Task Request_IsEmptiedTwoYearsAfterItWasClosed_WithTheKeptAddressee_ItsLettersAndItsTimeline()
    {
        var h = await AddHouseholdAsync(null);
        var old = await AddRequestAsync(h, 1, closedOn: new DateOnly(2024, 4, 2));
        var young = await AddRequestAsync(h, 2, closedOn: new DateOnly(2024, 4, 3));

        Today(new DateOnly(2026, 4, 2));
        var runId = await PreviewAsync();

        var item = Assert.Single(await ItemsAsync(runId), i => i.RecordKind == RequestRecordKind.KindKey);
        Assert.Equal(old, item.RecordId);
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));
        await using var db = RawDb();
        var emptied = await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == old);
        Assert.Equal(
            (null, null, null, null, null, null, null),
            (emptied.ReplyName, emptied.ReplySurname, emptied.ReplyAddress, emptied.ReplyEmail, emptied.RequesterName, emptied.Description, emptied.Outcome));
        Assert.Equal((1, RequestType.Erasure, RequestStatus.Completed, new DateOnly(2024, 4, 2)), (emptied.Number, emptied.Type, emptied.Status, emptied.ClosedOn));
        Assert.False(await db.RequestLetters.AnyAsync(l => l.RequestId == old));
        Assert.False(await db.RequestTimelineEntries.AnyAsync(e => e.RequestId == old));
        var kept = await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == young);
        Assert.Equal(("Johanna", "johanna@voorbeeld.nl"), (kept.ReplyName, kept.ReplyEmail));
        Assert.True(await db.RequestLetters.AnyAsync(l => l.RequestId == young));
        Assert.True(await db.RequestTimelineEntries.AnyAsync(e => e.RequestId == young));
    }

    [Fact]
    public async Task ClosedRequest_OfAHouseholdWithAnotherOpenRequest_IsHeld_AndKeepsEverything()
    {
        var h = await AddHouseholdAsync(null);
        var closed = await AddRequestAsync(h, 1, closedOn: new DateOnly(2024, 4, 2));
        await AddRequestAsync(h, 2, closedOn: null);

        Today(new DateOnly(2026, 6, 1));
        var runId = await PreviewAsync();
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));

        var item = Assert.Single(await ItemsAsync(runId), i => i.RecordId == closed);
        Assert.Equal(RetentionItemState.Held, item.State);
        Assert.Contains("open privacyverzoek #2", item.HoldReason);
        await using var db = RawDb();
        Assert.Equal("Johanna", (await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == closed)).ReplyName);
        Assert.True(await db.RequestLetters.AnyAsync(l => l.RequestId == closed));
    }

    [Fact]
    public async Task Consent_WithdrawnTwoYearsAgo_LosesEveryDecision_OneGivenAgainOrStillGivenStays()
    {
        var h = await AddHouseholdAsync(null);
        var person = h.Persons[0].Id;
        var (withdrawn, givenAgain, standing) = (NewPurpose("nieuwsbrief"), NewPurpose("ledenpanel"), NewPurpose("magazine"));
        await using (var db = RawDb())
        {
            db.AddRange(withdrawn.Purpose, givenAgain.Purpose, standing.Purpose);
            db.AddRange(
                Decision(h.Id, person, withdrawn, 1, ConsentAction.Given, new DateOnly(2020, 1, 1)),
                Decision(h.Id, person, withdrawn, 2, ConsentAction.Withdrawn, new DateOnly(2024, 5, 1)),
                Decision(h.Id, person, givenAgain, 1, ConsentAction.Given, new DateOnly(2020, 1, 1)),
                Decision(h.Id, person, givenAgain, 2, ConsentAction.Withdrawn, new DateOnly(2023, 1, 1)),
                Decision(h.Id, person, givenAgain, 3, ConsentAction.Given, new DateOnly(2024, 1, 1)),
                Decision(h.Id, person, standing, 1, ConsentAction.Given, new DateOnly(2015, 1, 1)));
            await db.SaveChangesAsync();
        }

        Today(new DateOnly(2026, 4, 30));
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordKind == ConsentRecordKind.KindKey);

        Today(new DateOnly(2026, 5, 1));
        var runId = await PreviewAsync();
        var items = (await ItemsAsync(runId)).Where(i => i.RecordKind == ConsentRecordKind.KindKey).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Contains("intrekking van de toestemming 01-05-2024 + 2 jaar", i.Reason));
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(runId));
        await using var check = RawDb();
        var left = await check.ConsentEvents.AsNoTracking().Where(e => e.PersonId == person).ToListAsync();
        Assert.DoesNotContain(left, e => e.PurposeId == withdrawn.Purpose.Id);
        Assert.Equal(3, left.Count(e => e.PurposeId == givenAgain.Purpose.Id));
        Assert.Single(left, e => e.PurposeId == standing.Purpose.Id);
    }

    [Fact]
    public async Task Consent_ThatAKeptReferralRestsOn_StaysUntilTheReferralHasGone()
    {
        var h = await AddHouseholdAsync(null);
        var person = h.Persons[0].Id;
        var sharing = NewPurpose("thuisdiensten");
        var given = Decision(h.Id, person, sharing, 1, ConsentAction.Given, new DateOnly(2022, 1, 1));
        await using (var db = RawDb())
        {
            var provider = new ServiceProvider { Name = "Thuishulp Maas en Waal", Region = "Nijmegen", Services = ["traplift"] };
            var referral = new Referral { HouseholdId = h.Id, PersonId = person, ServiceProviderId = provider.Id, Service = "traplift", CreatedAtUtc = At(new DateOnly(2022, 1, 2)), CreatedByUserId = "a", CreatedByName = "Sanne", ConsentEventId = given.Id };
            referral.Cancel(At(new DateOnly(2024, 6, 1)));
            db.AddRange(sharing.Purpose, given, Decision(h.Id, person, sharing, 2, ConsentAction.Withdrawn, new DateOnly(2024, 1, 1)), provider, referral, Disclosure.OfReferral(referral, provider));
            await db.SaveChangesAsync();
        }

        Today(new DateOnly(2026, 3, 5)); // consent withdrawn more than two years ago, the referral closed less
        Assert.DoesNotContain(await ItemsAsync(await PreviewAsync()), i => i.RecordKind == ConsentRecordKind.KindKey);

        Today(new DateOnly(2026, 6, 1)); // the referral's period is over too: it goes first, the consent record in the next run
        var first = await PreviewAsync();
        Assert.Contains(await ItemsAsync(first), i => i.RecordKind == ReferralRecordKind.KindKey);
        Assert.DoesNotContain(await ItemsAsync(first), i => i.RecordKind == ConsentRecordKind.KindKey);
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(first));
        var second = await PreviewAsync();
        Assert.Equal(2, (await ItemsAsync(second)).Count(i => i.RecordKind == ConsentRecordKind.KindKey));
        Assert.Equal(RetentionExecutionOutcome.Completed, await ApproveAndExecuteAsync(second));
        await using var check = RawDb();
        Assert.False(await check.ConsentEvents.AnyAsync(e => e.PersonId == person));
        Assert.False(await check.Referrals.AnyAsync(r => r.PersonId == person));
        Assert.False(await check.Disclosures.AnyAsync(d => d.PersonId == person));
    }

    [Fact]
    public async Task EveryKindOfRecord_HasItsDefaultPolicy_WithAStrictlyNecessaryGroundAndAMotivation_OnlyContributionsCiteALaw()
    {
        string[] kinds =
        [
            ConsentRecordKind.KindKey, ReferralRecordKind.KindKey, RequestRecordKind.KindKey, ComplimentRecordKind.KindKey, ComplaintRecordKind.KindKey,
            PanteinExtra.Core.Breaches.BreachMemberDataRecordKind.KindKey, PanteinExtra.Core.Auditing.Pruning.AccessLogRetention.SubjectKey,
        ];
        foreach (var kind in kinds)
        {
            var policy = await PolicyAsync(kind);
            Assert.Equal(RetentionGround.StrictlyNecessary, policy.Ground);
            Assert.Null(policy.Law);
            Assert.True(policy.Motivation!.Length >= RetentionLimits.MinimumMotivation, kind);
        }

        await using var db = RawDb();
        Assert.Equal(
            new[] { ContributionRecordKind.KindKey },
            await db.RetentionPolicies.Where(p => p.Law != null).Select(p => p.RecordKind).ToListAsync());
        Assert.Equal("2 jaar na intrekking van de toestemming; daarna verwijderd (strikt noodzakelijk)", (await PolicyAsync(ConsentRecordKind.KindKey)).Summary);
        Assert.Equal("2 jaar na afsluiting; daarna geanonimiseerd (strikt noodzakelijk)", (await PolicyAsync(RequestRecordKind.KindKey)).Summary);
    }

    private async Task<Guid> AddRequestAsync(Household h, int number, DateOnly? closedOn)
    {
        var received = new DateOnly(2024, 3, 1);
        var request = DataSubjectRequest.Register(
            number, RequestType.Erasure, received, ReceivedChannel.Letter, h.Id, h.Persons[0].Id, RequesterKind.ContactPerson, null,
            "Marleen Oosterhout (dochter)", true, "Wil dat alles van haar moeder uit de Kerkstraat wordt gewist", null, "FG");
        request.RecordIdentityChecks(RequestIdentityChecks.CallBackOnKnownNumber, received);
        request.KeepAddressee(new LetterAddressee("Johanna", "Bilt", ["Kerkstraat 12a", "6543 KL Nijmegen"], "johanna@voorbeeld.nl"));
        Assert.Null(request.MoveTo(RequestStatus.IdentityCheck, received));
        Assert.Null(request.MoveTo(RequestStatus.InProgress, received));
        if (closedOn is { } closed)
        {
            Assert.Null(request.MoveTo(RequestStatus.Completed, closed, outcome: "Alle gegevens van mevrouw Bilt gewist"));
        }

        await using var db = RawDb();
        db.DataSubjectRequests.Add(request);
        db.RequestLetters.Add(request.Letter(LetterKind.Received, "Geachte mevrouw Bilt, wij hebben uw verzoek ontvangen.", "FG", received));
        db.RequestTimelineEntries.Add(request.Note(TimelineEntryKind.Note, "Dochter Marleen belde namens mevrouw Bilt", "FG", At(received)));
        await db.SaveChangesAsync();
        return request.Id;
    }

    private (ConsentPurpose Purpose, ConsentPurposeVersion Wording) NewPurpose(string code)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var purpose = new ConsentPurpose { Code = $"{code}-{Guid.NewGuid():N}"[..20], Name = code, CreatedAtUtc = now };
        return (purpose, purpose.AddWording("Mogen wij dit doen?", now, "Beheer"));
    }

    private static ConsentEvent Decision(Guid household, Guid person, (ConsentPurpose Purpose, ConsentPurposeVersion Wording) purpose, int sequence, ConsentAction action, DateOnly on) => new()
    {
        HouseholdId = household,
        PersonId = person,
        PurposeId = purpose.Purpose.Id,
        PurposeVersionId = purpose.Wording.Id,
        PurposeVersion = 1,
        Sequence = sequence,
        Action = action,
        OccurredAtUtc = At(on),
        Channel = ConsentChannel.Phone,
        RecordedByUserId = "agent",
        RecordedByName = "Sanne de Jong",
    };
}
