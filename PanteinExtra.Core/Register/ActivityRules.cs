using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Register;

/// <summary>The register's rules for one activity: which Art. 30 items are missing, and what may be saved.</summary>
public static class ActivityRules
{
    /// <summary>The items <see cref="MissingItems"/> can report, in register order (e.g. for a filter on one of them).</summary>
    public static readonly IReadOnlyList<RegisterField> MissableItems =
    [
        RegisterField.Purposes, RegisterField.LegalBasis, RegisterField.SpecialCategoryCondition, RegisterField.DataSubjectCategories,
        RegisterField.PersonalDataCategories, RegisterField.Recipients, RegisterField.TransfersOutsideEea, RegisterField.TransferCountries,
        RegisterField.TransferSafeguards, RegisterField.RetentionPeriod, RegisterField.SecurityMeasures, RegisterField.Source,
        RegisterField.Owner, RegisterField.DpiaRequired, RegisterField.DpiaCompletedOn,
    ];

    /// <summary>
    /// The items an Art. 30 entry (plus what we add: legal basis, Art. 9 condition, source, owner, DPIA) still lacks.
    /// Retention counts as present when a motivated period or a retention policy is named.
    /// </summary>
    public static IReadOnlyList<RegisterField> MissingItems(ActivityContent c)
    {
        var missing = new List<RegisterField>();
        if (c.Purposes.Count == 0)
        {
            missing.Add(RegisterField.Purposes);
        }

        if (c.LegalBasis is null)
        {
            missing.Add(RegisterField.LegalBasis);
        }

        if (c.HasSpecialCategoryData && c.SpecialCategoryCondition is null)
        {
            missing.Add(RegisterField.SpecialCategoryCondition);
        }

        if (c.DataSubjectCategories.Count == 0)
        {
            missing.Add(RegisterField.DataSubjectCategories);
        }

        if (c.PersonalDataCategories.Count == 0)
        {
            missing.Add(RegisterField.PersonalDataCategories);
        }

        if (c.Recipients.Count == 0)
        {
            missing.Add(RegisterField.Recipients);
        }

        if (c.TransfersOutsideEea is null)
        {
            missing.Add(RegisterField.TransfersOutsideEea);
        }
        else if (c.TransfersOutsideEea == true)
        {
            if (string.IsNullOrWhiteSpace(c.TransferCountries))
            {
                missing.Add(RegisterField.TransferCountries);
            }

            if (string.IsNullOrWhiteSpace(c.TransferSafeguards))
            {
                missing.Add(RegisterField.TransferSafeguards);
            }
        }

        if (string.IsNullOrWhiteSpace(c.RetentionPeriod) && c.RetentionPolicyId is null)
        {
            missing.Add(RegisterField.RetentionPeriod);
        }

        if (c.SecurityMeasures.Count == 0)
        {
            missing.Add(RegisterField.SecurityMeasures);
        }

        if (string.IsNullOrWhiteSpace(c.Source))
        {
            missing.Add(RegisterField.Source);
        }

        if (string.IsNullOrWhiteSpace(c.Owner))
        {
            missing.Add(RegisterField.Owner);
        }

        if (c.DpiaRequired is null)
        {
            missing.Add(RegisterField.DpiaRequired);
        }
        else if (c.DpiaRequired == true && c.DpiaCompletedOn is null)
        {
            missing.Add(RegisterField.DpiaCompletedOn);
        }

        return missing;
    }

    /// <summary>
    /// What stops this content from being saved, in Dutch, keyed by its <see cref="ActivityContent"/> property: the
    /// field rules it carries, then the rules against today's date and the completeness of a 'volledig' entry. Empty:
    /// it may be saved.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Validate(ActivityContent c, DateOnly today)
    {
        var errors = new Dictionary<string, string>(InputRules.Check(c));
        if (c.Status == ActivityStatus.Complete && MissingItems(c) is { Count: > 0 } missing)
        {
            errors.TryAdd(
                nameof(c.Status),
                $"Kan niet op '{ActivityStatus.Complete.CapitalisedLabel()}' staan zolang er onderdelen ontbreken: " +
                string.Join(", ", missing.Select(f => f.Label())) + ".");
        }

        if (c.DpiaCompletedOn is { } dpia && dpia > today)
        {
            errors.TryAdd(nameof(c.DpiaCompletedOn), "De DPIA kan niet in de toekomst zijn uitgevoerd.");
        }

        if (c.LastReviewedOn is { } last && last > today)
        {
            errors.TryAdd(nameof(c.LastReviewedOn), "De laatste herziening kan niet in de toekomst liggen.");
        }

        return errors;
    }

    public static bool IsReviewOverdue(DateOnly? nextReviewOn, DateOnly today) => nextReviewOn is { } next && next < today;
}
