using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Tests.Core.Retention;

/// <summary>Retention speaks Dutch in the access log and in its field rules.</summary>
public sealed class RetentionNamesTests
{
    [Theory]
    [InlineData(RetentionEventTypes.HoldSet, "Bewaarblokkade ingesteld")]
    [InlineData(RetentionEventTypes.RunApprove, "Opschoonrun goedgekeurd")]
    [InlineData("RetentionPolicy:Update", "Bewaarbeleid gewijzigd")]
    [InlineData("RetentionPolicyVersion:Create", "Versie van een bewaarbeleid vastgelegd")]
    [InlineData("LegalHold:Update", "Bewaarblokkade gewijzigd")]
    [InlineData("RetentionRun:Update", "Opschoonrun gewijzigd")]
    public void AccessLog_NamesRetentionEventsAndWritesInDutch(string eventType, string expected) =>
        Assert.Equal(expected, AuditEventNames.Describe(eventType));

    [Fact]
    public void PolicyInput_OutOfRangeOrTooShort_GetsDutchMessagesPerField()
    {
        var errors = InputRules.Check(new RetentionPolicyInput { Name = "Klachten", PeriodYears = 101, PeriodExtraMonths = 12, ChangeNote = "ok" });

        Assert.Equal("Het aantal jaren ligt tussen 0 en 100.", errors[nameof(RetentionPolicyInput.PeriodYears)]);
        Assert.Equal("Het aantal maanden ligt tussen 0 en 11.", errors[nameof(RetentionPolicyInput.PeriodExtraMonths)]);
        Assert.Equal("De reden van de wijziging moet minstens 5 tekens lang zijn.", errors[nameof(RetentionPolicyInput.ChangeNote)]);
    }

    [Fact]
    public void LabelsOfTheRunAndItsItems_ReadAsOnTheScreens()
    {
        Assert.Equal("wacht op goedkeuring", RetentionRunStatus.Previewed.Label());
        Assert.Equal("geblokkeerd", RetentionItemState.Held.Label());
        Assert.Equal("Einde boekjaar", RetentionTrigger.EndOfFinancialYear.CapitalisedLabel());
    }
}
