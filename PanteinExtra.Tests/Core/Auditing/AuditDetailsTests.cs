using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Tests.Core.Auditing;

public sealed class AuditDetailsTests
{
    [Theory]
    [InlineData("""{"filters":["medewerker","periode"],"results":19612}""", "Filters: medewerker, periode · resultaten: 19.612")]
    [InlineData("""{"fields":["Street","City","ConcurrencyStamp"]}""", "Gegevens: straat, plaats, overige gegevens")]
    [InlineData("""{"reason":"household access","need":"Decide"}""", "Reden: geen toegang tot dit huishouden · nodig: een beslissing van het lid vastleggen")]
    [InlineData("""{"origin":"Manual","asOf":"2026-11-30","intact":true}""", "Aanleiding: handmatig · stand per: 30-11-2026 · onbeschadigd: ja")]
    [InlineData("""{"checks":"DateOfBirth, PostcodeAndHouseNumber"}""", "Controles: geboortedatum klopt, postcode en huisnummer kloppen")]
    [InlineData("""{"someNewKey":"Value"}""", "")]
    [InlineData("", "")]
    public void Describe_NamesKeysInDutch_FormatsNumbersAndDates_AndReadsCodesAsTheirLabels(string json, string expected) =>
        Assert.Equal(expected, AuditDetails.Describe(json));
}
