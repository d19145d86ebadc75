using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Requests;
using PanteinExtra.Tests.Core.Requests;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Members;

/// <summary>Issue 15, point 5: a privacy request taken down in a call carries that call's caller check, kept in Core.</summary>
public sealed class CallCarriesOverTests : CoreTestHost
{
    private RequestTestHousehold _home = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _home = await RequestTestHousehold.CreateAsync(this);
    }

    private RegisterRequestInput Input(RequestIdentityChecks ticked = RequestIdentityChecks.None, RequesterKind requester = RequesterKind.DataSubject, Guid? contact = null)
    {
        var input = _home.Input(RequestType.Access, DutchTime.Today(Clock), checks: ticked, channel: ReceivedChannel.Phone, requester: requester);
        input.RequesterContactPersonId = contact;
        return input;
    }

    private async Task<DataSubjectRequest> StoredAsync(Guid id)
    {
        await using var db = RawDb();
        return await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task<Result<RequestSummary>> RegisterInCallAsync(CallerCheckInput caller, RegisterRequestInput input)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();
        await Get<CallerCheckService>(scope).RecordAsync(_home.HouseholdId, caller);
        return await Get<RequestService>(scope).RegisterAsync(input);
    }

    [Fact]
    public async Task Agent_RegisteringInAVerifiedCall_TheRequestCarriesTheCallsChecks_AndItsIdentityIsEstablishedToday()
    {
        var result = await RegisterInCallAsync(
            new CallerCheckInput(CallerKind.Member, IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber), Input());

        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.Value!.IdentityVerified);
        var stored = await StoredAsync(result.Value.Id);
        Assert.Equal(RequestIdentityChecks.DateOfBirth | RequestIdentityChecks.PostcodeAndHouseNumber, stored.IdentityChecks);
        Assert.Equal(DutchTime.Today(Clock), stored.IdentityVerifiedOn);
    }

    [Fact]
    public async Task Agent_TickingChecksTheCallDidNotDo_CannotVerifyTheRequest()
    {
        var result = await RegisterInCallAsync(
            new CallerCheckInput(CallerKind.Member, IdentityChecks.MemberNumber),
            Input(ticked: RequestIdentityChecks.CallBackOnKnownNumber | RequestIdentityChecks.DateOfBirth));

        Assert.True(result.Succeeded, result.Message);
        Assert.False(result.Value!.IdentityVerified);
        Assert.Equal(RequestIdentityChecks.MemberNumber, (await StoredAsync(result.Value.Id)).IdentityChecks);
    }

    [Fact]
    public async Task Agent_WithoutACallAboutTheHousehold_IsRefused_AndTheRefusalIsAudited()
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        await using var scope = Scope();

        var result = await Get<RequestService>(scope).RegisterAsync(Input(ticked: RequestIdentityChecks.CallBackOnKnownNumber));

        Assert.Equal(ResultStatus.Refused, result.Status);
        await using var db = RawDb();
        Assert.False(await db.DataSubjectRequests.AnyAsync());
        var denied = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.EventType == RequestEventTypes.Register);
        Assert.Equal((AuditOutcome.Denied, _home.HouseholdId), (denied.Outcome, denied.SubjectHouseholdId));
    }

    [Fact]
    public async Task AContactPersonsCallCarriesOver_OnlyToARequestByThatContactPerson()
    {
        var caller = new CallerCheckInput(CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber, _home.AuthorisedContactId);

        var byThem = await RegisterInCallAsync(caller, Input(requester: RequesterKind.ContactPerson, contact: _home.AuthorisedContactId));
        var asTheMember = await RegisterInCallAsync(caller, Input());

        Assert.Equal(RequestIdentityChecks.CallBackOnKnownNumber, (await StoredAsync(byThem.Value!.Id)).IdentityChecks);
        Assert.True(byThem.Value.IdentityVerified);
        Assert.Equal(RequestIdentityChecks.None, (await StoredAsync(asTheMember.Value!.Id)).IdentityChecks);
        Assert.False(asTheMember.Value.IdentityVerified);
    }

    [Fact]
    public async Task Fg_RegisteringAWrittenRequest_RecordsTheChecksTheyDid()
    {
        User.As(Roles.PrivacyOfficer);
        await using var scope = Scope();

        var result = await Get<RequestService>(scope).RegisterAsync(Input(ticked: RequestIdentityChecks.ReplyFromKnownEmail));

        Assert.True(result.Value!.IdentityVerified);
        Assert.Equal(RequestIdentityChecks.ReplyFromKnownEmail, (await StoredAsync(result.Value.Id)).IdentityChecks);
    }

    [Theory]
    [InlineData(CallerKind.Member, RequesterKind.DataSubject, true)]
    [InlineData(CallerKind.Housemate, RequesterKind.DataSubject, true)]
    [InlineData(CallerKind.Member, RequesterKind.Other, false)]
    [InlineData(CallerKind.SomeoneElse, RequesterKind.DataSubject, false)]
    [InlineData(CallerKind.ContactPerson, RequesterKind.DataSubject, false)]
    public void CallIdentity_CarriesTheChecksOnlyWhenTheRequesterIsTheCaller(CallerKind caller, RequesterKind requester, bool carries)
    {
        var call = new CallerCheckResult(Guid.NewGuid(), caller, IdentityChecks.CallBackToKnownNumber | IdentityChecks.MemberNumber, true, true, "telefonisch contact");

        var checks = CallIdentity.ForRequest(call, requester, requesterContactPersonId: null);

        Assert.Equal(carries ? RequestIdentityChecks.CallBackOnKnownNumber | RequestIdentityChecks.MemberNumber : RequestIdentityChecks.None, checks);
    }
}
