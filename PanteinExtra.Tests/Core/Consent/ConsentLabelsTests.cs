using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Tests.Core.Consent;

/// <summary>What the consent and referral screens, letters and the access log call their values.</summary>
public sealed class ConsentLabelsTests
{
    [Theory]
    [InlineData(ConsentEventTypes.View, "Toestemmingen ingezien")]
    [InlineData(ConsentEventTypes.Export, "Toestemmingsbewijs gemaakt")]
    [InlineData("ConsentEvent:Create", "Beslissing over toestemming vastgelegd")]
    [InlineData("ConsentPurposeVersion:Create", "Tekstversie van een toestemmingsdoel vastgelegd")]
    [InlineData(ReferralEventTypes.Create, "Doorverwijzing vastgelegd")]
    [InlineData("Referral:Update", "Doorverwijzing gewijzigd")]
    [InlineData("Disclosure:Create", "Verstrekking van gegevens vastgelegd")]
    [InlineData("ServiceProvider:Update", "Dienstverlener gewijzigd")]
    public void EventsAndWrites_ReadInDutchInTheAccessLog(string eventType, string expected) =>
        Assert.Equal(expected, AuditEventNames.Describe(eventType));

    [Fact]
    public void SharedFields_ReadAsAListOfDutchFieldNames() =>
        Assert.Equal(
            "Naam, adres, telefoonnummer",
            (SharedDataField.Name | SharedDataField.Address | SharedDataField.Phone).CapitalisedLabel());

    [Fact]
    public void TheChannelReadsInsideASentence() =>
        Assert.Equal("via persoonlijk contact", $"via {ConsentChannel.InPerson.Label()}");

    [Theory]
    [InlineData(ConsentReceiptCodes.ConsentGiven, "toestemming gegeven")]
    [InlineData(ConsentReceiptCodes.ConsentWithdrawn, "toestemming ingetrokken")]
    [InlineData(ConsentReceiptCodes.DataSubject, "betrokkene")]
    [InlineData("dpv:SomethingElse", "onbekend")]
    public void ReceiptCodes_StayCodes_ButHaveADutchNameForTheScreen(string code, string expected) =>
        Assert.Equal(expected, ConsentReceiptCodes.Describe(code));
}
