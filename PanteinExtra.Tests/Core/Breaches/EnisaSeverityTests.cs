using PanteinExtra.Core.Breaches;

namespace PanteinExtra.Tests.Core.Breaches;

public sealed class EnisaSeverityTests
{
    [Theory]
    // A letter with name and address to one wrong, known member: 1 x 1 + 0.25 = 1.25, low.
    [InlineData(DataProcessingContext.Simple, EaseOfIdentification.Maximum, ConfidentialityLoss.KnownRecipients, IntegrityLoss.None, AvailabilityLoss.None, false, "1.25", SeverityBand.Low)]
    // Financial data readable by anyone: 3 x 1 + 0.5 = 3.5, high.
    [InlineData(DataProcessingContext.Financial, EaseOfIdentification.Maximum, ConfidentialityLoss.UnknownRecipients, IntegrityLoss.None, AvailabilityLoss.None, false, "3.5", SeverityBand.High)]
    // Health data, stolen on purpose: 4 x 1 + 0.5 + 0.5 = 5, very high.
    [InlineData(DataProcessingContext.Sensitive, EaseOfIdentification.Maximum, ConfidentialityLoss.UnknownRecipients, IntegrityLoss.None, AvailabilityLoss.None, true, "5", SeverityBand.VeryHigh)]
    // Behavioural data, limited identification, temporary loss: 2 x 0.5 + 0.25 = 1.25, low.
    [InlineData(DataProcessingContext.Behavioural, EaseOfIdentification.Limited, ConfidentialityLoss.None, IntegrityLoss.None, AvailabilityLoss.Temporary, false, "1.25", SeverityBand.Low)]
    // Exactly on the edges: 2 x 1 = 2 is medium; 3 x 1 = 3 is high; 4 x 1 = 4 is very high.
    [InlineData(DataProcessingContext.Behavioural, EaseOfIdentification.Maximum, ConfidentialityLoss.None, IntegrityLoss.None, AvailabilityLoss.None, false, "2", SeverityBand.Medium)]
    [InlineData(DataProcessingContext.Financial, EaseOfIdentification.Maximum, ConfidentialityLoss.None, IntegrityLoss.None, AvailabilityLoss.None, false, "3", SeverityBand.High)]
    [InlineData(DataProcessingContext.Sensitive, EaseOfIdentification.Maximum, ConfidentialityLoss.None, IntegrityLoss.None, AvailabilityLoss.None, false, "4", SeverityBand.VeryHigh)]
    // Integrity and availability add up: 3 x 0.75 + 0.5 + 0.25 = 3, high.
    [InlineData(DataProcessingContext.Financial, EaseOfIdentification.Significant, ConfidentialityLoss.None, IntegrityLoss.NotRecoverable, AvailabilityLoss.Temporary, false, "3", SeverityBand.High)]
    public void Score_IsContextTimesIdentificationPlusCircumstances_InItsBand(
        DataProcessingContext dpc, EaseOfIdentification ei, ConfidentialityLoss c, IntegrityLoss i, AvailabilityLoss a, bool malicious,
        string expected, SeverityBand band)
    {
        var score = EnisaSeverity.Score(new EnisaAnswers(dpc, ei, c, i, a, malicious));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), score.Score);
        Assert.Equal(band, score.Band);
    }

    [Theory]
    [InlineData("1.99", SeverityBand.Low)]
    [InlineData("2.99", SeverityBand.Medium)]
    [InlineData("3.99", SeverityBand.High)]
    [InlineData("6", SeverityBand.VeryHigh)]
    public void Band_FollowsEnisasThresholds(string score, SeverityBand band) =>
        Assert.Equal(band, EnisaSeverity.Band(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Reasoning_ShowsTheSumInDutch()
    {
        var score = EnisaSeverity.Score(new EnisaAnswers(
            DataProcessingContext.Financial, EaseOfIdentification.Maximum, ConfidentialityLoss.UnknownRecipients, IntegrityLoss.None, AvailabilityLoss.None, false));

        Assert.StartsWith("DPC 3 (financiële gegevens (3)) x EI 1,00", score.Reasoning);
        Assert.EndsWith("= 3,50: hoog.", score.Reasoning);
    }
}
