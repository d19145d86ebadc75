using PanteinExtra.Core.Register;

namespace PanteinExtra.Tests.Core.Register;

public sealed class AgreementRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static AgreementStatus Evaluate(params (DateOnly SignedOn, DateOnly? ExpiresOn)[] agreements) =>
        AgreementRules.Evaluate(agreements, Today);

    [Fact]
    public void Evaluate_NoAgreement_WarnsMissing()
    {
        var status = Evaluate();

        Assert.Equal(AgreementState.Missing, status.State);
        Assert.Equal("Geen geldige verwerkersovereenkomst", status.Text);
    }

    [Fact]
    public void Evaluate_OnlyAnExpiredAgreement_WarnsMissing() =>
        Assert.Equal(AgreementState.Missing, Evaluate((Today.AddYears(-3), Today.AddDays(-1))).State);

    [Fact]
    public void Evaluate_SignedOnlyInTheFuture_WarnsMissing() =>
        Assert.Equal(AgreementState.Missing, Evaluate((Today.AddDays(1), null)).State);

    [Fact]
    public void Evaluate_ExpiringToday_IsStillValidButWarns()
    {
        var status = Evaluate((Today.AddYears(-1), Today));

        Assert.Equal(AgreementState.ExpiringSoon, status.State);
        Assert.Equal("Verloopt op 02-03-2026 (over 0 dagen)", status.Text);
    }

    [Fact]
    public void Evaluate_ExpiringIn60Days_Warns() =>
        Assert.Equal(AgreementState.ExpiringSoon, Evaluate((Today.AddYears(-1), Today.AddDays(60))).State);

    [Fact]
    public void Evaluate_ExpiringIn61Days_IsValid() =>
        Assert.Equal(AgreementState.Valid, Evaluate((Today.AddYears(-1), Today.AddDays(61))).State);

    [Fact]
    public void Evaluate_WithoutExpiry_IsValid() =>
        Assert.Equal(AgreementState.Valid, Evaluate((Today.AddYears(-1), null)).State);

    [Fact]
    public void Evaluate_ExpiringAgreementWithARenewalInForce_IsValidUntilTheRenewalEnds()
    {
        var status = Evaluate((Today.AddYears(-3), Today.AddDays(10)), (Today.AddDays(-5), Today.AddYears(2)));

        Assert.Equal(AgreementState.Valid, status.State);
        Assert.Equal(Today.AddYears(2), status.ValidUntil);
    }
}
