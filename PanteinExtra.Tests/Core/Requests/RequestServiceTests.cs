using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class RequestServiceTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
    }

    private RegisterRequestInput Input(RequestType type = RequestType.Access, RequesterKind requester = RequesterKind.DataSubject, Guid? contact = null)
    {
        var input = _home.Input(type, DutchTime.Today(Clock), channel: ReceivedChannel.Phone, requester: requester);
        input.RequesterContactPersonId = contact;
        return input;
    }

    /// <summary>Registers the request; an agent takes it down in a call about the household (a verified caller check first).</summary>
    private async Task<RequestSummary> RegisterAsync(RegisterRequestInput input)
    {
        await using var scope = Scope();
        if (User.Roles.Contains(Roles.CallCentre))
        {
            await VerifiedCallAsync(scope, input.HouseholdId);
        }

        var result = await Get<RequestService>(scope).RegisterAsync(input);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    private static StatusChangeInput Based(RequestSummary? request, RejectionReason? reason = null, string? outcome = null) =>
        new() { ConcurrencyStamp = request!.ConcurrencyStamp, RejectionReason = reason, Outcome = outcome };

    [Fact]
    public async Task Register_ByAnAgentOnTheCall_SetsTheDeadlineAndWritesTheTimelineAndTheAudit()
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        var request = await RegisterAsync(Input());

        Assert.Equal(RequestStatus.Received, request.Status);
        Assert.Equal(1, request.Number);
        Assert.Equal(new DateOnly(2026, 4, 2), request.Deadline); // received Monday 2 March 2026
        Assert.Equal("Johanna van der Berg", request.PersonName);
        await using var raw = RawDb();
        var registered = Assert.Single(await raw.RequestTimelineEntries.Where(e => e.RequestId == request.Id).ToListAsync());
        Assert.Equal("Geregistreerd via telefoon; aanvrager: de betrokkene zelf.", registered.Text);
        var created = await raw.AuditEvents.SingleAsync(e => e.EventType == RequestEventTypes.Register);
        Assert.Equal("verzoek #1", created.PurposeOfUse);
        Assert.Equal(_home.MainMemberId, created.SubjectPersonId);
    }

    [Fact]
    public async Task Register_ASecondOpenRequestOfTheSameType_IsFlaggedAsLikelyDuplicate()
    {
        User.As(Roles.CallCentre);
        var first = await RegisterAsync(Input());
        var second = await RegisterAsync(Input());
        var other = await RegisterAsync(Input(RequestType.Erasure));

        Assert.Null(first.PossibleDuplicateOfId);
        Assert.Equal(first.Id, second.PossibleDuplicateOfId);
        Assert.Null(other.PossibleDuplicateOfId);
    }

    [Fact]
    public async Task Register_ByAContactPerson_IsAuthorisedOnlyWithTheRequestPermission()
    {
        User.As(Roles.PrivacyOfficer);
        var allowed = await RegisterAsync(Input(requester: RequesterKind.ContactPerson, contact: _home.AuthorisedContactId));
        var notAllowed = await RegisterAsync(Input(RequestType.Erasure, RequesterKind.ContactPerson, _home.InformOnlyContactId));
        var housemate = await RegisterAsync(Input(RequestType.Objection, RequesterKind.Housemate));

        Assert.True(allowed.RequesterAuthorised);
        Assert.False(notAllowed.RequesterAuthorised);
        Assert.False(housemate.RequesterAuthorised);
    }

    [Fact]
    public async Task Register_ForAPersonOfAnotherHousehold_IsRefused()
    {
        User.As(Roles.CallCentre);
        var other = await RequestTestHousehold.CreateAsync(this);
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.HouseholdId);
        var input = Input();
        input.PersonId = other.MainMemberId;
        var result = await Get<RequestService>(scope).RegisterAsync(input);
        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Contains("hoort niet bij dit huishouden", result.Message);
    }

    [Fact]
    public async Task Workflow_CannotMoveOnWithoutVerifiedIdentity_ThenCompletesOnceVerified()
    {
        // Registered by the FG without checks (an agent's request carries the call's caller check, see RequestFromTheCallTests).
        User.As(Roles.PrivacyOfficer);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        var service = Get<RequestService>(scope);

        var check = await service.MoveAsync(request.Id, RequestStatus.IdentityCheck, Based(request));
        var blocked = await service.MoveAsync(request.Id, RequestStatus.InProgress, Based(check.Value));
        Assert.Equal(ResultStatus.Refused, blocked.Status);

        var verified = await service.RecordIdentityChecksAsync(
            request.Id, new IdentityChecksInput { Checks = RequestIdentityChecks.MemberNumber | RequestIdentityChecks.DateOfBirth, ConcurrencyStamp = check.Value!.ConcurrencyStamp });
        Assert.True(verified.Value!.IdentityVerified);
        var inProgress = await service.MoveAsync(request.Id, RequestStatus.InProgress, Based(verified.Value));
        var done = await service.MoveAsync(request.Id, RequestStatus.Completed, Based(inProgress.Value, outcome: "Inzageoverzicht verstuurd."));

        Assert.True(done.Succeeded, done.Message);
        var details = await service.GetAsync(request.Id);
        Assert.Equal(RequestStatus.Completed, details.Summary.Status);
        Assert.Equal(
            [TimelineEntryKind.Registered, TimelineEntryKind.StatusChanged, TimelineEntryKind.IdentityChecked, TimelineEntryKind.StatusChanged, TimelineEntryKind.StatusChanged],
            details.Timeline.Select(e => e.Kind));
        Assert.Equal("Controles gelukt: lidnummer klopt, geboortedatum klopt. Identiteit vastgesteld.", details.Timeline[2].Text);
    }

    [Fact]
    public async Task Change_BasedOnAnOldVersion_IsAConflictAndNothingIsOverwritten()
    {
        User.As(Roles.PrivacyOfficer);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        await service.MoveAsync(request.Id, RequestStatus.IdentityCheck, Based(request));

        var stale = await service.RecordIdentityChecksAsync(
            request.Id, new IdentityChecksInput { Checks = RequestIdentityChecks.CallBackOnKnownNumber, ConcurrencyStamp = request.ConcurrencyStamp });

        Assert.Equal(ResultStatus.Conflict, stale.Status);
        Assert.False((await service.GetAsync(request.Id)).Summary.IdentityVerified);
    }

    [Fact]
    public async Task RejectForIdentity_IsRefusedUntilAskedAndTheAnswerPeriodPassed_ThenTheLetterTellsTheHistory()
    {
        User.As(Roles.PrivacyOfficer);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        var service = Get<RequestService>(scope);

        var unfounded = await service.MoveAsync(request.Id, RequestStatus.Rejected, Based(request, RejectionReason.ManifestlyUnfounded));
        var sameDay = await service.MoveAsync(request.Id, RequestStatus.Rejected, Based(request, RejectionReason.IdentityNotEstablished));
        Assert.Equal(ResultStatus.Refused, unfounded.Status);
        Assert.Equal(ResultStatus.Refused, sameDay.Status);
        Assert.Equal(IdentityRule.AskFirst, sameDay.Message);

        var question = await service.DraftLetterAsync(request.Id, LetterKind.IdentityQuestion);
        Assert.Contains("uiterlijk op 16 maart 2026", question); // asked Monday 2 March, 14 days
        var asked = await service.AskForIdentityAsync(request.Id, new IdentityQuestionInput
        {
            Way = IdentityQuestionWay.Letter,
            Text = question,
            ConcurrencyStamp = request.ConcurrencyStamp,
        });
        Assert.True(asked.Succeeded, asked.Message);
        Assert.Equal(RequestStatus.IdentityCheck, asked.Value!.Status);
        var waiting = await service.MoveAsync(request.Id, RequestStatus.Rejected, Based(asked.Value, RejectionReason.IdentityNotEstablished));
        Assert.Equal(ResultStatus.Refused, waiting.Status);
        Assert.Contains("16 maart 2026", waiting.Message);

        Clock.Advance(TimeSpan.FromDays(15));
        var rejected = await service.MoveAsync(request.Id, RequestStatus.Rejected, Based(asked.Value, RejectionReason.IdentityNotEstablished));

        Assert.True(rejected.Succeeded, rejected.Message);
        var details = await service.GetAsync(request.Id);
        Assert.Equal(LetterKind.IdentityQuestion, Assert.Single(details.Letters).Kind);
        Assert.Contains(details.Timeline, e => e.Kind == TimelineEntryKind.IdentityAsked && e.Text!.Contains("per brief; antwoord uiterlijk 16-03-2026"));
        Assert.Equal("Afgewezen: identiteit niet vast te stellen (artikel 12, lid 2 en 6 AVG).", details.Timeline[^1].Text);
        var letter = await service.DraftLetterAsync(request.Id, LetterKind.Rejected);
        Assert.Contains("Op 2 maart 2026 hebben wij u per brief om aanvullende gegevens gevraagd", letter);
        Assert.Contains("Tot en met 16 maart 2026 hebben wij geen gegevens ontvangen", letter);
    }

    [Fact]
    public async Task AskForIdentity_ByTheCallCentre_IsForbidden()
    {
        User.As(Roles.CallCentre);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RequestService>(scope).AskForIdentityAsync(
            request.Id, new IdentityQuestionInput { Way = IdentityQuestionWay.CallBack, ConcurrencyStamp = request.ConcurrencyStamp }));
    }

    [Fact]
    public async Task Extend_TakesEffectOnlyWithItsLetter_AndTheListShowsTheDeadlineInForce()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        var id = await _home.InProgressAsync(service, RequestType.Access, DutchTime.Today(Clock));
        var inProgress = (await service.GetAsync(id)).Summary;

        var withoutLetter = await service.ExtendAsync(id, new ExtensionInput { Reason = "gegevens bij drie dienstverleners opvragen", ConcurrencyStamp = inProgress.ConcurrencyStamp });
        Assert.Equal(ResultStatus.Invalid, withoutLetter.Status);
        Assert.Equal(new DateOnly(2026, 4, 2), (await service.GetAsync(id)).Summary.Deadline);

        var letter = await service.DraftExtensionLetterAsync(id, "wij moeten gegevens bij drie dienstverleners opvragen");
        Assert.Contains("De reden is: wij moeten gegevens bij drie dienstverleners opvragen.", letter);
        Assert.Contains("uiterlijk op 2 juni 2026", letter);
        var extended = await service.ExtendAsync(id, new ExtensionInput
        {
            Reason = "wij moeten gegevens bij drie dienstverleners opvragen",
            LetterText = letter,
            ConcurrencyStamp = inProgress.ConcurrencyStamp,
        });

        Assert.True(extended.Succeeded, extended.Message);
        var details = await service.GetAsync(id);
        Assert.Equal(new DateOnly(2026, 6, 2), details.Summary.Deadline);
        Assert.Equal(DutchTime.Today(Clock), details.ExtensionToldOn);
        Assert.Equal(letter.Trim(), Assert.Single(details.Letters, l => l.Kind == LetterKind.Extended).Text);
        Assert.Equal(ResultStatus.Refused, (await service.SendLetterAsync(id, new LetterInput { Kind = LetterKind.Extended, Text = "nog een" })).Status);
        var row = Assert.Single((await service.OpenAsync()).Items);
        Assert.Equal(new DateOnly(2026, 6, 2), row.Deadline);
        Assert.False(row.ExtensionUntold);
    }

    [Fact]
    public async Task ClosedRequests_StayFindable_ThroughTheListsViews()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        var completedId = await _home.InProgressAsync(service, RequestType.Access, DutchTime.Today(Clock));
        var completing = (await service.GetAsync(completedId)).Summary;
        Assert.True((await service.MoveAsync(completedId, RequestStatus.Completed, Based(completing, outcome: "Inzageoverzicht verstuurd."))).Succeeded);
        var rejectedId = await _home.InProgressAsync(service, RequestType.Objection, DutchTime.Today(Clock));
        var rejecting = (await service.GetAsync(rejectedId)).Summary;
        Assert.True((await service.MoveAsync(rejectedId, RequestStatus.Rejected, Based(rejecting, RejectionReason.ManifestlyUnfounded))).Succeeded);
        var open = await RegisterAsync(Input(RequestType.Erasure));

        Assert.Equal([open.Id], (await service.ListAsync(RequestListView.Open)).Items.Select(r => r.Id));
        var completed = Assert.Single((await service.ListAsync(RequestListView.Completed)).Items);
        Assert.Equal(completedId, completed.Id);
        Assert.Equal(DutchTime.Today(Clock), completed.ClosedOn);
        Assert.Equal([rejectedId], (await service.ListAsync(RequestListView.Rejected)).Items.Select(r => r.Id));
        Assert.Equal(3, (await service.ListAsync(RequestListView.All)).TotalCount);
    }

    [Fact]
    public async Task OpenRequests_AreListedByDeadline_WithUrgency()
    {
        User.As(Roles.PrivacyOfficer);
        var late = await RegisterAsync(_home.Input(RequestType.Access, new DateOnly(2026, 1, 20)));
        var soon = await RegisterAsync(_home.Input(RequestType.Erasure, new DateOnly(2026, 2, 4)));
        var fresh = await RegisterAsync(Input(RequestType.Objection));

        await using var scope = Scope();
        var page = await Get<RequestService>(scope).OpenAsync();

        Assert.Equal([late.Id, soon.Id, fresh.Id], page.Items.Select(r => r.Id));
        Assert.Equal([DeadlineUrgency.Overdue, DeadlineUrgency.DueWithinAWeek, DeadlineUrgency.OnTrack], page.Items.Select(r => r.Urgency));
    }

    [Fact]
    public async Task Letters_AreDraftedInDutch_AndWhatWasSentIsKept()
    {
        User.As(Roles.PrivacyOfficer);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        var service = Get<RequestService>(scope);

        var draft = await service.DraftLetterAsync(request.Id, LetterKind.Received);
        Assert.Contains(RequestLetters.UnknownSalutation, draft);
        Assert.Contains("Kerkstraat 12\n6511 AB  Nijmegen", draft);
        Assert.Contains("2 april 2026", draft);
        Assert.True((await service.AddressAsAsync(request.Id, new FormOfAddressInput { Form = FormOfAddress.Madam, ConcurrencyStamp = request.ConcurrencyStamp })).Succeeded);
        draft = await service.DraftLetterAsync(request.Id, LetterKind.Received);
        Assert.Contains("Mevrouw Johanna van der Berg\nKerkstraat 12", draft);
        Assert.Contains("Geachte mevrouw Van der Berg,", draft);
        var edited = draft + "\nP.S. Wij bellen u nog.";
        Assert.True((await service.SendLetterAsync(request.Id, new LetterInput { Kind = LetterKind.Received, Text = edited })).Succeeded);

        var details = await service.GetAsync(request.Id);
        var letter = Assert.Single(details.Letters);
        Assert.Equal(edited.Trim(), letter.Text);
        Assert.Equal("Brief 'ontvangstbevestiging' verstuurd.", details.Timeline[^1].Text);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    public async Task Register_ByAnAdministrator_IsRefused(string role)
    {
        User.As(role);
        await using var scope = Scope();
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RequestService>(scope).RegisterAsync(Input()));
    }

    [Fact]
    public async Task Handling_ByTheCallCentre_IsRefused_ButTheyMaySeeTheStatus()
    {
        User.As(Roles.CallCentre);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.HouseholdId);
        var service = Get<RequestService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.MoveAsync(request.Id, RequestStatus.IdentityCheck, Based(request)));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.GetAsync(request.Id));
        var status = Assert.Single(await service.ForHouseholdAsync(_home.HouseholdId));
        Assert.Equal(RequestStatus.Received, status.Status);
        await using var raw = RawDb();
        Assert.Equal(2, await raw.AuditEvents.CountAsync(e => e.Outcome == AuditOutcome.Denied));
    }

    [Fact]
    public async Task Register_WithoutAType_OrWithoutTheCallingContactPerson_NamesTheFields_AndRegistersNothing()
    {
        User.As(Roles.CallCentre);
        var withoutType = Input();
        withoutType.Type = null;
        await using var scope = Scope();
        var service = Get<RequestService>(scope);

        var noType = await service.RegisterAsync(withoutType);
        var noContact = await service.RegisterAsync(Input(requester: RequesterKind.ContactPerson));

        Assert.Equal(ResultStatus.Invalid, noType.Status);
        Assert.Equal("Kies de soort verzoek.", noType.ErrorFor(nameof(RegisterRequestInput.Type)));
        Assert.Equal("Kies de contactpersoon die belt of schrijft.", noContact.ErrorFor(nameof(RegisterRequestInput.RequesterContactPersonId)));
        await using var raw = RawDb();
        Assert.False(await raw.DataSubjectRequests.AnyAsync());
    }

    [Fact]
    public async Task Register_ReceivedTomorrow_IsInvalidOnTheDate()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();

        var result = await Get<RequestService>(scope).RegisterAsync(_home.Input(RequestType.Access, DutchTime.Today(Clock).AddDays(1)));

        Assert.Equal("De ontvangstdatum ligt in de toekomst.", result.ErrorFor(nameof(RegisterRequestInput.ReceivedOn)));
    }

    [Fact]
    public async Task Intake_ByMemberNumber_ByAnAgentWithoutACallerCheckForThatHousehold_IsRefused_AndAuditedAsDenied()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        string memberNumber;
        await using (var raw = RawDb())
        {
            memberNumber = (await raw.Households.SingleAsync(h => h.Id == _home.HouseholdId)).MemberNumber;
        }

        var result = await Get<RequestService>(scope).FindIntakeHouseholdAsync(new IntakeLookupInput { MemberNumber = memberNumber });

        Assert.Equal(ResultStatus.Refused, result.Status);
        Assert.Equal(HouseholdAccessRules.RecordCallerFirst, result.Message);
        Assert.Null(result.Value);
        await using var db = RawDb();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EventType == RequestEventTypes.Intake).ToListAsync();
        var denied = Assert.Single(events);
        Assert.Equal(AuditOutcome.Denied, denied.Outcome);
        Assert.Equal(_home.HouseholdId, denied.SubjectHouseholdId);
    }

    [Fact]
    public async Task Intake_ByMemberNumber_ByAnAgentAfterTheCallerCheck_FindsTheHousehold_UnderTheCallsPurpose()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        await VerifiedCallAsync(scope, _home.HouseholdId);
        string memberNumber;
        await using (var raw = RawDb())
        {
            memberNumber = (await raw.Households.SingleAsync(h => h.Id == _home.HouseholdId)).MemberNumber;
        }

        var result = await Get<RequestService>(scope).FindIntakeHouseholdAsync(new IntakeLookupInput { MemberNumber = memberNumber });

        Assert.Equal(_home.HouseholdId, result.Value!.HouseholdId);
        await using var db = RawDb();
        var read = Assert.Single(await db.AuditEvents.AsNoTracking().Where(e => e.EventType == RequestEventTypes.Intake).ToListAsync());
        Assert.Equal(VerifiedCallPurpose, read.PurposeOfUse);
    }

    [Fact]
    public async Task Intake_ByMemberNumber_FindsTheHousehold_AndNamesTheFieldWhenItIsNoNumberOrUnknown()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        string memberNumber;
        await using (var raw = RawDb())
        {
            memberNumber = (await raw.Households.SingleAsync(h => h.Id == _home.HouseholdId)).MemberNumber;
        }

        var found = await service.FindIntakeHouseholdAsync(new IntakeLookupInput { MemberNumber = $" {memberNumber} " });
        var letters = await service.FindIntakeHouseholdAsync(new IntakeLookupInput { MemberNumber = "12a" });
        var unknown = await service.FindIntakeHouseholdAsync(new IntakeLookupInput { MemberNumber = "1" });

        Assert.Equal(_home.HouseholdId, found.Value!.HouseholdId);
        Assert.Equal("Lidnummer bestaat alleen uit cijfers.", letters.ErrorFor(nameof(IntakeLookupInput.MemberNumber)));
        Assert.Equal("Er is geen huishouden met dit lidnummer.", unknown.ErrorFor(nameof(IntakeLookupInput.MemberNumber)));
    }

    [Fact]
    public async Task NoteAndExtension_WithoutText_AreInvalidOnTheirField()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        var id = await _home.InProgressAsync(service, RequestType.Access, DutchTime.Today(Clock));
        var stamp = (await service.GetAsync(id)).Summary.ConcurrencyStamp;

        var note = await service.AddNoteAsync(id, new RequestNoteInput { Text = "  " });
        var extension = await service.ExtendAsync(id, new ExtensionInput { Reason = "", ConcurrencyStamp = stamp });

        Assert.Equal("Een notitie mag niet leeg zijn.", note.ErrorFor(nameof(RequestNoteInput.Text)));
        Assert.Equal(DataSubjectRequest.ExtensionReasonNeeded, extension.ErrorFor(nameof(ExtensionInput.Reason)));
        Assert.Equal(RequestStatus.InProgress, (await service.GetAsync(id)).Summary.Status);
    }
}
