using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Access;

public sealed class HouseholdAccessRulesTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    private static CallerCheckResult Call(Guid household, bool verified = true, bool mayChange = true) =>
        new(household, CallerKind.Member, IdentityChecks.DateOfBirth, verified, mayChange, $"telefonisch contact over {household}");

    private static CallerCheckResult RequestWork(Guid household) =>
        new(household, CallerKind.Member, IdentityChecks.None, true, true, "verzoek #7", RequestId: Guid.NewGuid());

    [Theory]
    [InlineData(HouseholdAccessNeed.Read)]
    [InlineData(HouseholdAccessNeed.TakeNote)]
    [InlineData(HouseholdAccessNeed.Decide)]
    [InlineData(HouseholdAccessNeed.ChangeDetails)]
    public void Agent_WithoutACallerCheck_IsRefusedEverything(HouseholdAccessNeed need)
    {
        var decision = HouseholdAccessRules.Decide(A, [Roles.CallCentre], call: null, requestStillOpen: false, need);

        Assert.False(decision.IsAllowed);
        Assert.Equal(HouseholdAccessRules.RecordCallerFirst, decision.Refusal);
    }

    [Fact]
    public void Agent_CallerCheckForAnotherHousehold_GivesNothingHere()
    {
        var decision = HouseholdAccessRules.Decide(B, [Roles.CallCentre], Call(A), requestStillOpen: false, HouseholdAccessNeed.Read);

        Assert.False(decision.IsAllowed);
        Assert.DoesNotContain(A.ToString(), decision.RefusalPurpose);
    }

    [Fact]
    public void Agent_UnverifiedCaller_MayTakeANote_ButNotReadDecideOrChange()
    {
        var call = Call(A, verified: false, mayChange: false);

        Assert.True(HouseholdAccessRules.Decide(A, [Roles.CallCentre], call, false, HouseholdAccessNeed.TakeNote).IsAllowed);
        Assert.Equal(HouseholdAccessRules.NotVerified, HouseholdAccessRules.Decide(A, [Roles.CallCentre], call, false, HouseholdAccessNeed.Read).Refusal);
        Assert.Equal(HouseholdAccessRules.NotVerified, HouseholdAccessRules.Decide(A, [Roles.CallCentre], call, false, HouseholdAccessNeed.Decide).Refusal);
        Assert.Equal(HouseholdAccessRules.MayNotChange, HouseholdAccessRules.Decide(A, [Roles.CallCentre], call, false, HouseholdAccessNeed.ChangeDetails).Refusal);
    }

    [Fact]
    public void Agent_VerifiedCaller_GetsTheCallsPurpose()
    {
        var decision = HouseholdAccessRules.Decide(A, [Roles.CallCentre], Call(A), false, HouseholdAccessNeed.ChangeDetails);

        Assert.Equal($"telefonisch contact over {A}", decision.Grant!.PurposeOfUse);
        Assert.False(decision.Grant.IsSupervision);
    }

    [Fact]
    public void Fg_WithoutARequest_SupervisesReadOnly()
    {
        var read = HouseholdAccessRules.Decide(A, [Roles.PrivacyOfficer], null, false, HouseholdAccessNeed.Read);

        Assert.Equal(HouseholdAccessRules.SupervisionPurpose, read.Grant!.PurposeOfUse);
        Assert.True(read.Grant.IsSupervision);
        foreach (var need in new[] { HouseholdAccessNeed.TakeNote, HouseholdAccessNeed.Decide, HouseholdAccessNeed.ChangeDetails })
        {
            Assert.Equal(HouseholdAccessRules.SupervisionIsReadOnly, HouseholdAccessRules.Decide(A, [Roles.PrivacyOfficer], null, false, need).Refusal);
        }
    }

    [Fact]
    public void Fg_ForAnOpenRequest_MayChange_UnderTheRequestsPurpose()
    {
        var decision = HouseholdAccessRules.Decide(A, [Roles.PrivacyOfficer], RequestWork(A), requestStillOpen: true, HouseholdAccessNeed.ChangeDetails);

        Assert.Equal("verzoek #7", decision.Grant!.PurposeOfUse);
        Assert.NotNull(decision.Grant.RequestId);
    }

    [Fact]
    public void Fg_ForAClosedRequest_IsBackToSupervision()
    {
        Assert.False(HouseholdAccessRules.Decide(A, [Roles.PrivacyOfficer], RequestWork(A), requestStillOpen: false, HouseholdAccessNeed.ChangeDetails).IsAllowed);
        Assert.Equal(
            HouseholdAccessRules.SupervisionPurpose,
            HouseholdAccessRules.Decide(A, [Roles.PrivacyOfficer], RequestWork(A), requestStillOpen: false, HouseholdAccessNeed.Read).Grant!.PurposeOfUse);
    }

    [Fact]
    public void Fg_WorkingForARequestOfHouseholdA_SupervisesHouseholdB()
    {
        var decision = HouseholdAccessRules.Decide(B, [Roles.PrivacyOfficer], RequestWork(A), requestStillOpen: true, HouseholdAccessNeed.Read);

        Assert.Equal(HouseholdAccessRules.SupervisionPurpose, decision.Grant!.PurposeOfUse);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData("Onbekend")]
    public void OtherRoles_GetNothing(string role)
    {
        Assert.False(HouseholdAccessRules.Decide(A, [role], Call(A), true, HouseholdAccessNeed.Read).IsAllowed);
    }

    [Theory]
    [InlineData(Roles.CallCentre, HouseholdAccessNeed.Read)]
    [InlineData(Roles.CallCentre, HouseholdAccessNeed.TakeNote)]
    [InlineData(Roles.CallCentre, HouseholdAccessNeed.ChangeDetails)]
    [InlineData(Roles.PrivacyOfficer, HouseholdAccessNeed.Read)]
    [InlineData(Roles.PrivacyOfficer, HouseholdAccessNeed.Decide)]
    public void ErasedHousehold_IsRefusedEverything_WhateverTheGround_UnderThePurposeTheAccessHad(string role, HouseholdAccessNeed need)
    {
        var call = role == Roles.CallCentre ? Call(A) : RequestWork(A);

        var decision = HouseholdAccessRules.Decide(A, [role], call, requestStillOpen: true, need, dataErased: true);

        Assert.False(decision.IsAllowed);
        Assert.Equal(HouseholdAccessRules.Erased, decision.Refusal);
        Assert.Equal(call.PurposeOfUse, decision.RefusalPurpose);
    }
}
