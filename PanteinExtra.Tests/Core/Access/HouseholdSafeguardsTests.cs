using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Access;

public sealed class HouseholdSafeguardsTests
{
    private static readonly Guid A = Guid.NewGuid();

    private static HouseholdAccessDecision Allowed(string role) =>
        HouseholdAccessRules.Decide(A, [role], new CallerCheckResult(A, CallerKind.Member, IdentityChecks.DateOfBirth, true, true, "telefonisch contact"), false, HouseholdAccessNeed.Read);

    [Fact]
    public void WithoutACurrentConfirmation_EveryRoleIsRefused()
    {
        foreach (var role in new[] { Roles.CallCentre, Roles.PrivacyOfficer })
        {
            var decision = HouseholdSafeguards.Apply(Allowed(role), [role], new HouseholdSafeguardFacts(false, false, null));
            Assert.False(decision.IsAllowed);
            Assert.Equal(HouseholdSafeguards.ConfidentialityNotConfirmed, decision.Refusal);
        }
    }

    [Fact]
    public void Protected_Agent_NeedsAStatedReason_ThenThePurposeSaysSo()
    {
        var refused = HouseholdSafeguards.Apply(Allowed(Roles.CallCentre), [Roles.CallCentre], new HouseholdSafeguardFacts(true, true, null));
        var allowed = HouseholdSafeguards.Apply(Allowed(Roles.CallCentre), [Roles.CallCentre], new HouseholdSafeguardFacts(true, true, "lid belt over de contributie"));

        Assert.True(refused.ReasonRequired);
        Assert.Equal(HouseholdSafeguards.ReasonRequired, refused.Refusal);
        Assert.Equal("telefonisch contact" + HouseholdSafeguards.ProtectedPurposeSuffix, allowed.Grant!.PurposeOfUse);
    }

    [Fact]
    public void AStatedReason_NeverTurnsARefusalIntoAGrant()
    {
        var noCall = HouseholdAccessRules.Decide(A, [Roles.CallCentre], null, false, HouseholdAccessNeed.Read);

        Assert.False(HouseholdSafeguards.Apply(noCall, [Roles.CallCentre], new HouseholdSafeguardFacts(true, true, "lid belt over de contributie")).IsAllowed);
    }

    [Theory]
    [InlineData(2025, 3, 3, true)]
    [InlineData(2025, 3, 2, false)]
    [InlineData(2024, 1, 1, false)]
    public void AConfirmationHoldsForAYear(int year, int month, int day, bool current) =>
        Assert.Equal(current, ConfidentialityDuty.IsCurrent(new DateOnly(year, month, day), new DateOnly(2026, 3, 2)));
}
