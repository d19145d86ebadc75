using PanteinExtra.Core.Members;

namespace PanteinExtra.Tests.Core.Members;

public sealed class CallerCheckRulesTests
{
    private static readonly Guid Household = Guid.NewGuid();

    [Theory]
    [InlineData(IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber, true)]
    [InlineData(IdentityChecks.MemberNumber | IdentityChecks.DateOfBirth, true)]
    [InlineData(IdentityChecks.CallBackToKnownNumber, true)]
    [InlineData(IdentityChecks.DateOfBirth, false)]
    [InlineData(IdentityChecks.MemberNumber, false)]
    [InlineData(IdentityChecks.None, false)]
    public void Member_IsVerifiedByTwoFactsOrACallBack(IdentityChecks checks, bool verified)
    {
        var result = CallerCheckRules.Evaluate(Household, new CallerCheckInput(CallerKind.Member, checks), null);

        Assert.Equal(verified, result.IsVerified);
        Assert.Equal(verified, result.MayChangeDetails);
        Assert.Equal(verified, result.Problem is null);
    }

    [Fact]
    public void Member_VerifiedByDateOfBirthAndPostcode_GivesThePurposeOfUse()
    {
        var result = CallerCheckRules.Evaluate(
            Household, new CallerCheckInput(CallerKind.Member, IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber), null);

        Assert.Equal("telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)", result.PurposeOfUse);
    }

    [Fact]
    public void Housemate_WithOneFact_IsNotVerified_AndThePurposeSaysSo()
    {
        var result = CallerCheckRules.Evaluate(Household, new CallerCheckInput(CallerKind.Housemate, IdentityChecks.DateOfBirth), null);

        Assert.False(result.IsVerified);
        Assert.Equal("telefonisch contact: huisgenoot, niet geverifieerd", result.PurposeOfUse);
    }

    [Fact]
    public void SomeoneElse_IsNeverVerified_EvenWithEveryCheck()
    {
        var all = IdentityChecks.DateOfBirth | IdentityChecks.PostcodeAndHouseNumber | IdentityChecks.MemberNumber | IdentityChecks.CallBackToKnownNumber;

        var result = CallerCheckRules.Evaluate(Household, new CallerCheckInput(CallerKind.SomeoneElse, all), null);

        Assert.False(result.IsVerified);
        Assert.False(result.SeesFullDetails);
    }

    [Fact]
    public void ContactPerson_NotRegisteredForTheHousehold_IsNotVerified()
    {
        var result = CallerCheckRules.Evaluate(Household, new CallerCheckInput(CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber), null);

        Assert.False(result.IsVerified);
        Assert.Equal("Kies de geregistreerde contactpersoon die belt.", result.Problem);
    }

    [Fact]
    public void ContactPerson_WithoutPermissionToReceiveInformation_IsNotVerified()
    {
        var contact = new ContactPersonFacts(Guid.NewGuid(), "buurvrouw", ContactPersonPermissions.None);

        var result = CallerCheckRules.Evaluate(Household, new CallerCheckInput(CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber, contact.Id), contact);

        Assert.False(result.IsVerified);
    }

    [Theory]
    [InlineData(ContactPersonPermissions.ReceiveInformation, false)]
    [InlineData(ContactPersonPermissions.ReceiveInformation | ContactPersonPermissions.ChangeDetails, true)]
    public void ContactPerson_Verified_MayChangeDetailsOnlyWithThatPermission(ContactPersonPermissions permissions, bool mayChange)
    {
        var contact = new ContactPersonFacts(Guid.NewGuid(), "dochter", permissions);

        var result = CallerCheckRules.Evaluate(Household, new CallerCheckInput(CallerKind.ContactPerson, IdentityChecks.CallBackToKnownNumber, contact.Id), contact);

        Assert.True(result.IsVerified);
        Assert.Equal(mayChange, result.MayChangeDetails);
        Assert.StartsWith("telefonisch contact: contactpersoon (dochter, ", result.PurposeOfUse);
        Assert.EndsWith("geverifieerd (teruggebeld op bekend nummer)", result.PurposeOfUse);
    }
}
