using PanteinExtra.Core.Requests;

namespace PanteinExtra.Tests.Core.Requests;

public sealed class RequestStateMachineTests
{
    private static readonly (RequestStatus From, RequestStatus To)[] Legal =
    [
        (RequestStatus.Received, RequestStatus.IdentityCheck),
        (RequestStatus.Received, RequestStatus.Rejected),
        (RequestStatus.IdentityCheck, RequestStatus.InProgress),
        (RequestStatus.IdentityCheck, RequestStatus.Rejected),
        (RequestStatus.InProgress, RequestStatus.Extended),
        (RequestStatus.InProgress, RequestStatus.Completed),
        (RequestStatus.InProgress, RequestStatus.Rejected),
        (RequestStatus.Extended, RequestStatus.Completed),
        (RequestStatus.Extended, RequestStatus.Rejected),
    ];

    public static TheoryData<RequestStatus, RequestStatus> IllegalMoves()
    {
        var data = new TheoryData<RequestStatus, RequestStatus>();
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                if (!Legal.Contains((from, to)))
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void EveryIllegalTransition_IsRefused(RequestStatus from, RequestStatus to) =>
        Assert.NotNull(RequestStateMachine.Refusal(from, to, identityVerified: true, RejectionReason.ManifestlyUnfounded));

    [Fact]
    public void EveryLegalTransition_IsAllowedOnceIdentityIsVerified()
    {
        foreach (var (from, to) in Legal)
        {
            Assert.Null(RequestStateMachine.Refusal(from, to, identityVerified: true, RejectionReason.ManifestlyUnfounded));
        }
    }

    [Fact]
    public void InProgress_WithoutAVerifiedIdentity_IsRefused() =>
        Assert.Contains("identiteit", RequestStateMachine.Refusal(RequestStatus.IdentityCheck, RequestStatus.InProgress, identityVerified: false));

    [Theory]
    [InlineData(RejectionReason.IdentityNotEstablished, true)]
    [InlineData(RejectionReason.RequesterNotAuthorised, true)]
    [InlineData(RejectionReason.ManifestlyUnfounded, false)]
    [InlineData(RejectionReason.ErasureException, false)]
    public void Rejection_WithoutAVerifiedIdentity_OnlyBecauseIdentityOrAuthorityFailed(RejectionReason reason, bool allowed) =>
        Assert.Equal(allowed, RequestStateMachine.Refusal(RequestStatus.IdentityCheck, RequestStatus.Rejected, identityVerified: false, reason) is null);

    [Fact]
    public void Rejection_WithoutALegalReason_IsRefused() =>
        Assert.NotNull(RequestStateMachine.Refusal(RequestStatus.InProgress, RequestStatus.Rejected, identityVerified: true));

    [Theory]
    [InlineData(RequestIdentityChecks.MemberNumber, false)]
    [InlineData(RequestIdentityChecks.MemberNumber | RequestIdentityChecks.DateOfBirth, true)]
    [InlineData(RequestIdentityChecks.DateOfBirth | RequestIdentityChecks.PostcodeAndHouseNumber, true)]
    [InlineData(RequestIdentityChecks.CallBackOnKnownNumber, true)]
    [InlineData(RequestIdentityChecks.ReplyFromKnownEmail, true)]
    [InlineData(RequestIdentityChecks.IdDocumentSeenMasked, true)]
    [InlineData(RequestIdentityChecks.None, false)]
    public void Identity_IsVerifiedByTwoKnowledgeChecksOrSomethingOnlyThePersonHas(RequestIdentityChecks checks, bool verified) =>
        Assert.Equal(verified, IdentityRule.IsVerified(checks));

    [Fact]
    public void Extend_AfterTheFirstMonth_IsRefused_AndChangesNothing()
    {
        var request = NewRequest(new DateOnly(2026, 3, 10));
        request.RecordIdentityChecks(RequestIdentityChecks.CallBackOnKnownNumber, new DateOnly(2026, 3, 10));
        Assert.Null(request.MoveTo(RequestStatus.IdentityCheck, new DateOnly(2026, 3, 10)));
        Assert.Null(request.MoveTo(RequestStatus.InProgress, new DateOnly(2026, 3, 11)));

        var (refusal, letter) = request.Extend("veel gegevens in archieven", "Geachte heer, mevrouw, ...", "FG", new DateOnly(2026, 4, 13));

        Assert.NotNull(refusal);
        Assert.Null(letter);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Null(request.ExtendedDueOn);
    }

    [Fact]
    public void Extend_WithinTheFirstMonthWithAReason_MovesTheDeadlineToThreeMonths()
    {
        var request = NewRequest(new DateOnly(2026, 3, 10));
        request.RecordIdentityChecks(RequestIdentityChecks.CallBackOnKnownNumber, new DateOnly(2026, 3, 10));
        request.MoveTo(RequestStatus.IdentityCheck, new DateOnly(2026, 3, 10));
        request.MoveTo(RequestStatus.InProgress, new DateOnly(2026, 3, 11));

        Assert.Equal(DataSubjectRequest.ExtensionReasonNeeded, request.Extend("  ", "brief", "FG", new DateOnly(2026, 3, 20)).Refusal);
        var (refusal, letter) = request.Extend("gegevens bij drie dienstverleners opvragen", "Geachte heer, mevrouw, ...", "FG", new DateOnly(2026, 3, 20));

        Assert.Null(refusal);
        Assert.Equal(RequestStatus.Extended, request.Status);
        Assert.Equal(new DateOnly(2026, 6, 10), request.Deadline);
        Assert.Equal(new DateOnly(2026, 3, 20), request.ExtensionToldOn);
        Assert.Equal(LetterKind.Extended, letter!.Kind);
        Assert.Equal(new DateOnly(2026, 3, 20), letter.SentOn);
        Assert.Equal(request.Id, letter.RequestId);
    }

    [Fact]
    public void Extend_WithoutItsLetter_IsRefused_AndTheFirstDeadlineStays()
    {
        var request = InProgress(new DateOnly(2026, 3, 10));

        var (refusal, letter) = request.Extend("gegevens bij drie dienstverleners opvragen", "  ", "FG", new DateOnly(2026, 3, 20));

        Assert.Equal(DataSubjectRequest.ExtensionLetterNeeded, refusal);
        Assert.Null(letter);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Null(request.ExtendedDueOn);
        Assert.Equal(new DateOnly(2026, 4, 10), request.Deadline);
    }

    [Fact]
    public void RejectForIdentity_OnTheDayItArrivesWithNothingAsked_IsRefused()
    {
        var request = NewRequest(new DateOnly(2026, 3, 10));

        var refusal = request.MoveTo(RequestStatus.Rejected, new DateOnly(2026, 3, 10), RejectionReason.IdentityNotEstablished);

        Assert.Equal(IdentityRule.AskFirst, refusal);
        Assert.Equal(RequestStatus.Received, request.Status);
    }

    [Fact]
    public void RejectForIdentity_WhileTheAnswerPeriodRuns_IsRefused_AndAfterItIsAllowed()
    {
        var request = NewRequest(new DateOnly(2026, 3, 10));
        var (refusal, letter) = request.AskForIdentity(IdentityQuestionWay.Letter, "Geachte heer, mevrouw, wilt u ...", "FG", new DateOnly(2026, 3, 11));
        Assert.Null(refusal);
        Assert.Equal(LetterKind.IdentityQuestion, letter!.Kind);
        Assert.Equal(RequestStatus.IdentityCheck, request.Status);
        Assert.Equal(new DateOnly(2026, 3, 25), request.IdentityAnswerDueOn); // 11 March + 14 days, a Wednesday

        Assert.Contains("25 maart 2026", request.MoveTo(RequestStatus.Rejected, new DateOnly(2026, 3, 25), RejectionReason.IdentityNotEstablished));
        Assert.Null(request.MoveTo(RequestStatus.Rejected, new DateOnly(2026, 3, 26), RejectionReason.IdentityNotEstablished));
        Assert.Equal(RequestStatus.Rejected, request.Status);
    }

    [Fact]
    public void AskForIdentity_ByCallingBack_RecordsNoLetter_AndALaterAskGivesANewAnswerPeriod()
    {
        var request = NewRequest(new DateOnly(2026, 3, 10));

        Assert.Null(request.AskForIdentity(IdentityQuestionWay.CallBack, null, "FG", new DateOnly(2026, 3, 10)).Letter);
        request.AskForIdentity(IdentityQuestionWay.CallBack, null, "FG", new DateOnly(2026, 3, 20));

        Assert.Equal(IdentityQuestionWay.CallBack, request.IdentityAskedBy);
        Assert.Equal(new DateOnly(2026, 4, 3), request.IdentityAnswerDueOn);
        Assert.NotNull(request.AskForIdentity(IdentityQuestionWay.Letter, " ", "FG", new DateOnly(2026, 3, 21)).Refusal);
        Assert.Equal(new DateOnly(2026, 4, 3), request.IdentityAnswerDueOn);
    }

    [Theory]
    [InlineData(false, null, "2026-03-10", IdentityRule.AskFirst)]
    [InlineData(true, "2026-03-24", "2026-04-01", IdentityRule.AlreadyVerified)]
    [InlineData(false, "2026-03-24", "2026-03-25", null)]
    public void IdentityRejection_NeedsAnUnverifiedIdentity_AQuestion_AndTheAnswerPeriodPassed(bool verified, string? dueOn, string today, string? refusal) =>
        Assert.Equal(refusal, IdentityRule.RejectionRefusal(verified, dueOn is null ? null : DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IdentityAnswerPeriod_EndingOnAWeekend_MovesToTheNextWorkingDay() =>
        Assert.Equal(new DateOnly(2026, 3, 30), IdentityRule.AnswerDueOn(new DateOnly(2026, 3, 14))); // Saturday 28 March -> Monday 30

    private static DataSubjectRequest InProgress(DateOnly received)
    {
        var request = NewRequest(received);
        request.RecordIdentityChecks(RequestIdentityChecks.CallBackOnKnownNumber, received);
        request.MoveTo(RequestStatus.IdentityCheck, received);
        request.MoveTo(RequestStatus.InProgress, received);
        return request;
    }

    private static DataSubjectRequest NewRequest(DateOnly received) => DataSubjectRequest.Register(
        1, RequestType.Access, received, PanteinExtra.Core.Members.ReceivedChannel.Phone, Guid.NewGuid(), Guid.NewGuid(),
        RequesterKind.DataSubject, null, null, true, null, null, "test");
}
