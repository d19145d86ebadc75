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

        var refusal = request.Extend("veel gegevens in archieven", new DateOnly(2026, 4, 13));

        Assert.NotNull(refusal);
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

        Assert.NotNull(request.Extend("  ", new DateOnly(2026, 3, 20)));
        Assert.Null(request.Extend("gegevens bij drie dienstverleners opvragen", new DateOnly(2026, 3, 20)));

        Assert.Equal(RequestStatus.Extended, request.Status);
        Assert.Equal(new DateOnly(2026, 6, 10), request.Deadline);
    }

    private static DataSubjectRequest NewRequest(DateOnly received) => DataSubjectRequest.Register(
        1, RequestType.Access, received, PanteinExtra.Core.Members.ReceivedChannel.Phone, Guid.NewGuid(), Guid.NewGuid(),
        RequesterKind.DataSubject, null, null, true, null, null, "test");
}
