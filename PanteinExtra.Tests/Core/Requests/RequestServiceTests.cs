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

    private RegisterRequestInput Input(RequestType type = RequestType.Access, RequesterKind requester = RequesterKind.DataSubject, Guid? contact = null) =>
        new(type, DutchTime.Today(Clock), ReceivedChannel.Phone, _home.HouseholdId, _home.MainMemberId, requester, contact);

    private async Task<RequestSummary> RegisterAsync(RegisterRequestInput input)
    {
        await using var scope = Scope();
        var result = await Get<RequestService>(scope).RegisterAsync(input);
        Assert.True(result.Succeeded, result.Error);
        return result.Request!;
    }

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
        Assert.Single(await raw.RequestTimelineEntries.Where(e => e.RequestId == request.Id).ToListAsync());
        var created = await raw.AuditEvents.SingleAsync(e => e.EventType == "DataSubjectRequest:Create");
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
        var result = await Get<RequestService>(scope).RegisterAsync(Input() with { PersonId = other.MainMemberId });
        Assert.False(result.Succeeded);
        Assert.Contains("hoort niet bij dit huishouden", result.Error);
    }

    [Fact]
    public async Task Workflow_CannotMoveOnWithoutVerifiedIdentity_ThenCompletesOnceVerified()
    {
        User.As(Roles.CallCentre);
        var request = await RegisterAsync(Input());
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();
        var service = Get<RequestService>(scope);

        var check = await service.MoveAsync(request.Id, RequestStatus.IdentityCheck, request.ConcurrencyStamp);
        var blocked = await service.MoveAsync(request.Id, RequestStatus.InProgress, check.Request!.ConcurrencyStamp);
        Assert.False(blocked.Succeeded);

        var verified = await service.RecordIdentityChecksAsync(request.Id, RequestIdentityChecks.MemberNumber | RequestIdentityChecks.DateOfBirth, check.Request.ConcurrencyStamp);
        Assert.True(verified.Request!.IdentityVerified);
        var inProgress = await service.MoveAsync(request.Id, RequestStatus.InProgress, verified.Request.ConcurrencyStamp);
        var done = await service.MoveAsync(request.Id, RequestStatus.Completed, inProgress.Request!.ConcurrencyStamp, outcome: "Inzageoverzicht verstuurd.");

        Assert.True(done.Succeeded, done.Error);
        var details = await service.GetAsync(request.Id);
        Assert.Equal(RequestStatus.Completed, details.Summary.Status);
        Assert.Equal(
            [TimelineEntryKind.Registered, TimelineEntryKind.StatusChanged, TimelineEntryKind.IdentityChecked, TimelineEntryKind.StatusChanged, TimelineEntryKind.StatusChanged],
            details.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public async Task Change_BasedOnAnOldVersion_IsRefusedAndNothingIsOverwritten()
    {
        User.As(Roles.PrivacyOfficer);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        await service.MoveAsync(request.Id, RequestStatus.IdentityCheck, request.ConcurrencyStamp);

        var stale = await service.RecordIdentityChecksAsync(request.Id, RequestIdentityChecks.CallBackOnKnownNumber, request.ConcurrencyStamp);

        Assert.False(stale.Succeeded);
        Assert.Equal(RequestService.ConcurrencyMessage, stale.Error);
        Assert.False((await service.GetAsync(request.Id)).Summary.IdentityVerified);
    }

    [Fact]
    public async Task Reject_BecauseIdentityCouldNotBeEstablished_IsAllowedWithoutVerification()
    {
        User.As(Roles.PrivacyOfficer);
        var request = await RegisterAsync(Input());
        await using var scope = Scope();
        var service = Get<RequestService>(scope);
        var unfounded = await service.MoveAsync(request.Id, RequestStatus.Rejected, request.ConcurrencyStamp, RejectionReason.ManifestlyUnfounded);
        var rejected = await service.MoveAsync(request.Id, RequestStatus.Rejected, request.ConcurrencyStamp, RejectionReason.IdentityNotEstablished);

        Assert.False(unfounded.Succeeded);
        Assert.True(rejected.Succeeded, rejected.Error);
        Assert.Equal(RequestStatus.Rejected, rejected.Request!.Status);
    }

    [Fact]
    public async Task OpenRequests_AreListedByDeadline_WithUrgency()
    {
        User.As(Roles.PrivacyOfficer);
        var late = await RegisterAsync(Input() with { ReceivedOn = new DateOnly(2026, 1, 20) });
        var soon = await RegisterAsync(Input(RequestType.Erasure) with { ReceivedOn = new DateOnly(2026, 2, 4) });
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
        Assert.Contains("Beste Johanna van der Berg", draft);
        Assert.Contains("2 april 2026", draft);
        var edited = draft + "\nP.S. Wij bellen u nog.";
        Assert.True((await service.SendLetterAsync(request.Id, LetterKind.Received, edited)).Succeeded);

        var letter = Assert.Single((await service.GetAsync(request.Id)).Letters);
        Assert.Equal(edited.Trim(), letter.Text);
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
        var service = Get<RequestService>(scope);

        await Assert.ThrowsAsync<ForbiddenException>(() => service.MoveAsync(request.Id, RequestStatus.IdentityCheck, request.ConcurrencyStamp));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.GetAsync(request.Id));
        var status = Assert.Single(await service.ForHouseholdAsync(_home.HouseholdId));
        Assert.Equal(RequestStatus.Received, status.Status);
        await using var raw = RawDb();
        Assert.Equal(2, await raw.AuditEvents.CountAsync(e => e.Outcome == AuditOutcome.Denied));
    }
}
