namespace PanteinExtra.Core.Register;

public enum AgreementState
{
    Valid,
    ExpiringSoon,
    Missing,
}

/// <summary>Where a processor stands with its processing agreements on a given Dutch calendar date.</summary>
public sealed record AgreementStatus(AgreementState State, DateOnly? ValidUntil, string Text)
{
    public bool IsWarning => State != AgreementState.Valid;
}

/// <summary>
/// A processor needs a valid verwerkersovereenkomst (Art. 28(3)): signed, in force today, not expired.
/// The register warns when none is valid, and when the last valid one ends within <see cref="WarningDays"/> days.
/// </summary>
public static class AgreementRules
{
    public const int WarningDays = 60;

    public static AgreementStatus Evaluate(IEnumerable<(DateOnly SignedOn, DateOnly? ExpiresOn)> agreements, DateOnly today)
    {
        var valid = agreements.Where(a => a.SignedOn <= today && (a.ExpiresOn is null || a.ExpiresOn >= today)).ToList();
        if (valid.Count == 0)
        {
            return new AgreementStatus(AgreementState.Missing, null, "Geen geldige verwerkersovereenkomst");
        }

        if (valid.Any(a => a.ExpiresOn is null))
        {
            return new AgreementStatus(AgreementState.Valid, null, "Geldig (geen einddatum)");
        }

        var until = valid.Max(a => a.ExpiresOn!.Value);
        var days = until.DayNumber - today.DayNumber;
        return days <= WarningDays
            ? new AgreementStatus(AgreementState.ExpiringSoon, until, $"Verloopt op {RegisterText.Date(until)} (over {days} dagen)")
            : new AgreementStatus(AgreementState.Valid, until, $"Geldig tot {RegisterText.Date(until)}");
    }
}
