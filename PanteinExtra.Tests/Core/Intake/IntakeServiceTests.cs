using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.Core.Consent;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Intake;

public sealed class IntakeServiceTests : CoreTestHost
{
    private TestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConsentTestData.SeedCatalogueAsync(this);
        _home = await ConsentTestData.SeedHouseholdAsync(this);
    }

    internal static ConfirmedSignUpInput SignUp(string? reference = "DOI-7781") => new()
    {
        FirstName = "Wilhelmina",
        Infix = "van",
        LastName = "Jansen",
        Email = "w.jansen@example.nl",
        Postcode = "5831 JB",
        HouseNumber = 12,
        ConfirmationReference = reference,
        ConfirmedAt = reference is null ? null : new DateTimeOffset(2026, 3, 1, 20, 15, 0, TimeSpan.Zero),
    };

    private async Task<Result<IntakeReceipt>> SubmitAsync(IntakeKind kind, IIntakeInput input)
    {
        await using var scope = Scope();
        var website = new TestCurrentUser
        {
            UserId = "website:hoofdsite",
            DisplayName = "Website (hoofdsite)",
            Roles = [IntakeSubmissionService.ClientRole],
        };
        var before = (User.UserId, User.DisplayName, User.Roles);
        (User.UserId, User.DisplayName, User.Roles) = (website.UserId, website.DisplayName, website.Roles);
        try
        {
            return await Get<IntakeSubmissionService>(scope).SubmitAsync(kind, input);
        }
        finally
        {
            (User.UserId, User.DisplayName, User.Roles) = before;
        }
    }

    private async Task<T> AsAsync<T>(string role, Func<IntakeService, Task<T>> action)
    {
        User.As(role);
        await using var scope = Scope();
        return await action(Get<IntakeService>(scope));
    }

    [Fact]
    public async Task Submit_AValidSignUp_StoresTheItemAsNew_WithItsConfirmation_AndAuditsIt()
    {
        var result = await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp());

        Assert.True(result.Succeeded, result.Message);
        await using var db = RawDb();
        var item = await db.IntakeItems.SingleAsync();
        Assert.Equal(IntakeStatus.New, item.Status);
        Assert.Equal("DOI-7781", item.ConfirmationReference);
        Assert.Equal(new DateTime(2026, 3, 1, 20, 15, 0, DateTimeKind.Utc), item.ConfirmedAtUtc);
        Assert.StartsWith("W-", result.Value!.Reference);
        Assert.Equal("Wilhelmina van Jansen", item.DisplayName);
        var audited = await db.AuditEvents.SingleAsync(e => e.EventType == IntakeEventTypes.Submit);
        Assert.StartsWith(IntakeSubmissionService.PurposeOfUse, audited.PurposeOfUse);
        Assert.DoesNotContain("example.nl", audited.Details ?? "");
    }

    [Fact]
    public async Task Submit_AnUnconfirmedSignUp_IsRefused_AndNothingIsStored()
    {
        var result = await SubmitAsync(IntakeKind.OnlineMagazineSignUp, SignUp(reference: null));

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(ConfirmedSignUpInput.NotConfirmedMessage, result.ErrorFor(nameof(ConfirmedSignUpInput.ConfirmationReference)));
        Assert.Equal(ConfirmedSignUpInput.NotConfirmedMessage, result.ErrorFor(nameof(ConfirmedSignUpInput.ConfirmedAt)));
        await using var db = RawDb();
        Assert.False(await db.IntakeItems.AnyAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == IntakeEventTypes.Invalid && e.Outcome == AuditOutcome.Failed));
    }

    [Fact]
    public async Task Submit_ByAnEmployee_IsForbidden()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<IntakeSubmissionService>(scope).SubmitAsync(IntakeKind.NewsletterSignUp, SignUp()));
    }

    [Fact]
    public async Task Inbox_IsWorkedByTheCallCentre_ReadByTheFg_AndClosedToTheAdministrator()
    {
        var id = (await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp())).Value!.Id;

        var list = await AsAsync(Roles.PrivacyOfficer, s => s.ListAsync(IntakeStatus.New, 0, 10));
        Assert.Single(list.Items);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            AsAsync(Roles.PrivacyOfficer, s => s.RejectAsync(id, new IntakeRejectInput { Reason = "dubbel" })));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(Roles.Administrator, s => s.ListAsync(IntakeStatus.New, 0, 10)));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(Roles.Administrator, s => s.GetAsync(id)));
        await using var db = RawDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == IntakeEventTypes.List && e.PurposeOfUse == IntakeService.InboxPurpose));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == IntakeEventTypes.List && e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task Inbox_IsRefusedToAnAgentWithoutACurrentConfidentialityConfirmation()
    {
        User.As(Roles.CallCentre);
        User.UserId = "agent-unconfirmed";
        await using var scope = Scope();

        await Assert.ThrowsAsync<RefusedException>(() => Get<IntakeService>(scope).ListAsync(IntakeStatus.New, 0, 10));
    }

    [Fact]
    public async Task Reject_NeedsAReason_ThenClosesTheItemWithIt()
    {
        var id = (await SubmitAsync(IntakeKind.Question, new QuestionInput { Name = "Piet Puk", Email = "piet@example.nl", Subject = "Pas", Text = "Waar blijft mijn pas?" })).Value!.Id;
        var item = await AsAsync(Roles.CallCentre, s => s.GetAsync(id));

        var empty = await AsAsync(Roles.CallCentre, s => s.RejectAsync(id, new IntakeRejectInput { ConcurrencyStamp = item.ConcurrencyStamp }));
        var rejected = await AsAsync(Roles.CallCentre, s => s.RejectAsync(id, new IntakeRejectInput { Reason = "Spam", ConcurrencyStamp = item.ConcurrencyStamp }));

        Assert.Equal(ResultStatus.Invalid, empty.Status);
        Assert.True(rejected.Succeeded, rejected.Message);
        await using var db = RawDb();
        var stored = await db.IntakeItems.SingleAsync();
        Assert.Equal(IntakeStatus.Rejected, stored.Status);
        Assert.Equal("Spam", stored.OutcomeNote);
        Assert.Equal("test-callcentre", stored.HandledByUserId);
    }

    [Fact]
    public async Task Match_ThenLinkASignUp_RecordsTheConsentByWebsiteWithTheReference_AndStartsTheSubscription()
    {
        var id = (await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp())).Value!.Id;
        var item = await AsAsync(Roles.CallCentre, s => s.GetAsync(id));

        var matches = await AsAsync(Roles.CallCentre, s => s.SearchHouseholdsAsync(id, item.SuggestedQuery));
        var match = Assert.Single(matches.Value!);
        Assert.Equal(_home.Household.Id, match.HouseholdId);
        var linked = await AsAsync(Roles.CallCentre, s => s.LinkAsync(id, match.HouseholdId, _home.Main.Id, item.ConcurrencyStamp));

        Assert.True(linked.Succeeded, linked.Message);
        await using var db = RawDb();
        var consent = await db.ConsentEvents.SingleAsync(e => e.PersonId == _home.Main.Id);
        Assert.Equal(ConsentChannel.Website, consent.Channel);
        Assert.Equal(ConsentAction.Given, consent.Action);
        Assert.Contains("DOI-7781", consent.Note);
        Assert.Equal(ConsentPurposeKind.Newsletter, (await db.ConsentPurposes.SingleAsync(p => p.Id == consent.PurposeId)).Kind);
        Assert.True(await db.Subscriptions.AnyAsync(s => s.PersonId == _home.Main.Id && s.Kind == SubscriptionKind.Newsletter && s.EndDate == null));
        var stored = await db.IntakeItems.SingleAsync();
        Assert.Equal(IntakeStatus.Linked, stored.Status);
        Assert.Equal(_home.Household.Id, stored.LinkedHouseholdId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == IntakeEventTypes.Match && e.PurposeOfUse == IntakeService.ItemPurpose(stored.Reference)));
    }

    private async Task ProtectHomeAsync()
    {
        await using var db = RawDb();
        db.ProtectedHouseholds.Add(ProtectedHousehold.Mark(_home.Household.Id, ProtectionKind.StaffMember, "Collega", "test-fg", DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Match_AProtectedHouseholdWithoutAReason_ShowsOnlyItsMemberNumber_AndLinkingItIsRefused()
    {
        await ProtectHomeAsync();
        var id = (await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp())).Value!.Id;
        var item = await AsAsync(Roles.CallCentre, s => s.GetAsync(id));

        var match = Assert.Single((await AsAsync(Roles.CallCentre, s => s.SearchHouseholdsAsync(id, item.SuggestedQuery))).Value!);
        var linked = await AsAsync(Roles.CallCentre, s => s.LinkAsync(id, _home.Household.Id, _home.Main.Id, item.ConcurrencyStamp));

        Assert.True(match.IsHidden);
        Assert.True(match.IsProtected);
        Assert.Null(match.Address);
        Assert.Empty(match.Persons);
        Assert.Equal(ResultStatus.Refused, linked.Status);
        Assert.Equal(IntakeService.ProtectedReasonRequired, linked.Message);
        await using var db = RawDb();
        Assert.False(await db.ConsentEvents.AnyAsync());
        Assert.False(await db.AuditEvents.AnyAsync(e => e.EventType == ProtectionEventTypes.StateReason));
    }

    [Fact]
    public async Task Match_AProtectedHouseholdWithAReason_ShowsIt_RecordsTheReasonOnTheHousehold_AndLinksUnderThatPurpose()
    {
        await ProtectHomeAsync();
        var id = (await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp())).Value!.Id;
        var item = await AsAsync(Roles.CallCentre, s => s.GetAsync(id));
        var query = item.SuggestedQuery;
        query.ProtectedReason = "Aanmelding nieuwsbrief op het adres van een collega";

        var match = Assert.Single((await AsAsync(Roles.CallCentre, s => s.SearchHouseholdsAsync(id, query))).Value!);
        var linked = await AsAsync(Roles.CallCentre, s => s.LinkAsync(id, match.HouseholdId, _home.Main.Id, item.ConcurrencyStamp, query.ProtectedReason));

        Assert.False(match.IsHidden);
        Assert.True(match.IsProtected);
        Assert.Contains(match.Persons, p => p.PersonId == _home.Main.Id);
        Assert.True(linked.Succeeded, linked.Message);
        await using var db = RawDb();
        var reasons = await db.AuditEvents.Where(e => e.EventType == ProtectionEventTypes.StateReason).ToListAsync();
        Assert.Equal(2, reasons.Count);
        Assert.All(reasons, e =>
        {
            Assert.Equal(_home.Household.Id, e.SubjectHouseholdId);
            Assert.EndsWith(HouseholdSafeguards.ProtectedPurposeSuffix, e.PurposeOfUse);
            Assert.Contains("collega", e.Details);
        });
        // The link's own events (the item, the consent, the subscription) carry the same purpose.
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType != ProtectionEventTypes.StateReason && e.EventType != IntakeEventTypes.Match
            && e.PurposeOfUse!.EndsWith(HouseholdSafeguards.ProtectedPurposeSuffix)));
    }

    [Fact]
    public async Task Match_WithATooShortReason_IsInvalidOnTheReasonField()
    {
        var id = (await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp())).Value!.Id;
        var item = await AsAsync(Roles.CallCentre, s => s.GetAsync(id));
        var query = item.SuggestedQuery;
        query.ProtectedReason = "collega";

        var result = await AsAsync(Roles.CallCentre, s => s.SearchHouseholdsAsync(id, query));

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Contains(nameof(IntakeMatchQuery.ProtectedReason), result.FieldErrors.Keys);
    }

    [Fact]
    public async Task Link_ASignUpWithoutChoosingThePerson_IsInvalid_AndRecordsNoConsent()
    {
        var id = (await SubmitAsync(IntakeKind.NewsletterSignUp, SignUp())).Value!.Id;
        var item = await AsAsync(Roles.CallCentre, s => s.GetAsync(id));

        var linked = await AsAsync(Roles.CallCentre, s => s.LinkAsync(id, _home.Household.Id, null, item.ConcurrencyStamp));

        Assert.Equal(ResultStatus.Invalid, linked.Status);
        await using var db = RawDb();
        Assert.False(await db.ConsentEvents.AnyAsync());
        Assert.Equal(IntakeStatus.New, (await db.IntakeItems.SingleAsync()).Status);
    }

    [Fact]
    public async Task Application_PreFillsTheSignUp_AndTheSignUpConfirmsItWithTheNewHousehold_InTheSameSave_Once()
    {
        var id = (await SubmitAsync(IntakeKind.MembershipApplication, Application())).Value!.Id;
        var application = await AsAsync(Roles.CallCentre, s => s.GetApplicationAsync(id));
        Assert.Equal("Jansen", application.LastName);
        Assert.Equal("Hendrik", application.Housemate!.FirstName);
        Assert.Equal(PaymentMethod.DirectDebit, application.PaymentMethod);

        User.As(Roles.CallCentre, "Sanne de Jong");
        Result<NewMembership> registered, again;
        await using (var scope = Scope())
        {
            var signUps = Get<NewMembershipService>(scope);
            var input = NewMembershipInput.FromApplication(application, await signUps.GetQuestionsAsync());
            Assert.Equal((ReceivedChannel.Website, "Hendrik"), (input.Channel, input.Housemates.Single().FirstName));
            input.StartDate = DutchTime.Today(Clock);
            input.NotADuplicate = true;
            registered = await signUps.RegisterAsync(input);
            again = await signUps.RegisterAsync(input);
        }

        Assert.True(registered.Succeeded, registered.Message);
        Assert.Equal(ResultStatus.Refused, again.Status);
        await using var db = RawDb();
        var stored = await db.IntakeItems.SingleAsync();
        Assert.Equal((IntakeStatus.Confirmed, registered.Value!.HouseholdId), (stored.Status, stored.LinkedHouseholdId!.Value));
        Assert.Equal(2, await db.Households.CountAsync());
        Assert.All(await db.ConsentEvents.ToListAsync(), e => Assert.Equal(ConsentChannel.Website, e.Channel));
    }

    [Fact]
    public async Task Retention_DeletesAnUnhandledItemAMonthAfterReceipt_AndAHandledOneThreeMonthsAfterHandling()
    {
        var open = (await SubmitAsync(IntakeKind.Question, new QuestionInput { Name = "A", Email = "a@example.nl", Subject = "x", Text = "y" })).Value!.Id;
        var handled = (await SubmitAsync(IntakeKind.Question, new QuestionInput { Name = "B", Email = "b@example.nl", Subject = "x", Text = "y" })).Value!.Id;
        var stamp = (await AsAsync(Roles.CallCentre, s => s.GetAsync(handled))).ConcurrencyStamp;
        Assert.True((await AsAsync(Roles.CallCentre, s => s.RejectAsync(handled, new IntakeRejectInput { Reason = "dubbel", ConcurrencyStamp = stamp }))).Succeeded);
        var received = DutchTime.Today(Clock);
        await using var db = RawDb();

        async Task<IReadOnlyList<Guid>> ExpiredAsync(IRetentionRecordKind kind, DateOnly today) =>
            (await kind.FindExpiredAsync(db, Policy(kind), today, CancellationToken.None)).Select(c => c.RecordId).ToList();

        Assert.Empty(await ExpiredAsync(new OpenIntakeRecordKind(), received.AddDays(27)));
        Assert.Equal([open], await ExpiredAsync(new OpenIntakeRecordKind(), received.AddMonths(1).AddDays(1)));
        Assert.Empty(await ExpiredAsync(new HandledIntakeRecordKind(), received.AddMonths(2)));
        Assert.Equal([handled], await ExpiredAsync(new HandledIntakeRecordKind(), received.AddMonths(3).AddDays(1)));
    }

    private static RetentionPolicy Policy(IRetentionRecordKind kind) => new()
    {
        RecordKind = kind.Key,
        Name = kind.Defaults.Name,
        PeriodMonths = kind.Defaults.PeriodMonths,
        Trigger = kind.Defaults.Trigger,
        Ground = kind.Defaults.Ground,
        Action = kind.Defaults.Action,
        UpdatedBy = "test",
    };

    internal static MembershipApplicationInput Application() => new()
    {
        Initials = "W.",
        FirstName = "Wilhelmina",
        Infix = "van",
        LastName = "Jansen",
        DateOfBirth = new DateOnly(1941, 2, 3),
        Street = "Steenstraat",
        HouseNumber = 12,
        HouseNumberAddition = "a",
        Postcode = "5831 JB",
        City = "Boxmeer",
        Phone = "06-12345678",
        Email = "w.jansen@example.nl",
        HousemateFirstName = "Hendrik",
        HousemateLastName = "Jansen",
        StartDate = new DateOnly(2026, 4, 1),
        PaymentMethod = PaymentMethod.DirectDebit,
        Newsletter = true,
        OnlineMagazine = false,
        MembersPanel = false,
    };
}
