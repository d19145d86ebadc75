using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Register;

public enum AgreementState
{
    [Display(Name = "geldig")] Valid,
    [Display(Name = "verloopt binnenkort")] ExpiringSoon,
    [Display(Name = "geen geldige verwerkersovereenkomst")] Missing,
}

/// <summary>Where a processor stands with its processing agreements on a given Dutch calendar date; <see cref="Text"/> says it in a sentence.</summary>
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
            return new AgreementStatus(AgreementState.Missing, null, AgreementState.Missing.CapitalisedLabel());
        }

        if (valid.Any(a => a.ExpiresOn is null))
        {
            return new AgreementStatus(AgreementState.Valid, null, $"{AgreementState.Valid.CapitalisedLabel()} (geen einddatum)");
        }

        var until = valid.Max(a => a.ExpiresOn!.Value);
        var days = until.DayNumber - today.DayNumber;
        return days <= WarningDays
            ? new AgreementStatus(AgreementState.ExpiringSoon, until, $"Verloopt op {Dutch.Date(until)} (over {Dutch.Count(days, "dag", "dagen")})")
            : new AgreementStatus(AgreementState.Valid, until, $"{AgreementState.Valid.CapitalisedLabel()} tot {Dutch.Date(until)}");
    }

    /// <summary>A new agreement's field rules, and that it is recorded once signed: not with a signing date in the future.</summary>
    public static IReadOnlyDictionary<string, string> Validate(AgreementInput a, DateOnly today)
    {
        var errors = new Dictionary<string, string>(InputRules.Check(a));
        if (a.SignedOn > today)
        {
            errors.TryAdd(nameof(a.SignedOn), "De ondertekening kan niet in de toekomst liggen.");
        }

        return errors;
    }
}
