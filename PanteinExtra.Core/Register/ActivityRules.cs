namespace PanteinExtra.Core.Register;

/// <summary>The register's rules for one activity: which Art. 30 items are missing, and what may be saved.</summary>
public static class ActivityRules
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

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

    /// <summary>What stops this content from being saved, per item, in Dutch. Empty: it may be saved.</summary>
    public static IReadOnlyDictionary<RegisterField, string> Validate(ActivityContent c, DateOnly today)
    {
        var errors = new Dictionary<RegisterField, string>();
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            errors[RegisterField.Name] = "Geef de verwerking een naam.";
        }
        else if (c.Name.Length > MaxNameLength)
        {
            errors[RegisterField.Name] = $"De naam is te lang (hoogstens {MaxNameLength} tekens).";
        }

        foreach (var field in RegisterFields.All.Where(f => f != RegisterField.Name))
        {
            if (RegisterFields.Display(field, c, id => id.ToString()).Length > MaxTextLength)
            {
                errors[field] = $"Te lang (hoogstens {MaxTextLength} tekens).";
            }
        }

        if (c.Status == ActivityStatus.Complete && MissingItems(c) is { Count: > 0 } missing)
        {
            errors[RegisterField.Status] =
                "Kan niet op 'Volledig' staan zolang er onderdelen ontbreken: " +
                string.Join(", ", missing.Select(RegisterText.Label).Select(l => l.ToLowerInvariant())) + ".";
        }

        if (c.SpecialCategoryCondition is not null && !c.HasSpecialCategoryData)
        {
            errors[RegisterField.SpecialCategoryCondition] =
                "Alleen invullen als er bijzondere persoonsgegevens worden verwerkt.";
        }

        if (c.TransfersOutsideEea != true && (c.TransferCountries is not null || c.TransferSafeguards is not null))
        {
            errors[RegisterField.TransfersOutsideEea] =
                "Er zijn landen of waarborgen ingevuld: kies 'Ja' bij doorgifte buiten de EER, of maak die velden leeg.";
        }

        if (c.DpiaCompletedOn is { } dpia && dpia > today)
        {
            errors[RegisterField.DpiaCompletedOn] = "De DPIA kan niet in de toekomst zijn uitgevoerd.";
        }

        if (c.LastReviewedOn is { } last && last > today)
        {
            errors[RegisterField.LastReviewedOn] = "De laatste herziening kan niet in de toekomst liggen.";
        }

        if (c.LastReviewedOn is { } from && c.NextReviewOn is { } next && next <= from)
        {
            errors[RegisterField.NextReviewOn] = "De volgende herziening moet na de laatste herziening liggen.";
        }

        return errors;
    }

    public static bool IsReviewOverdue(DateOnly? nextReviewOn, DateOnly today) => nextReviewOn is { } next && next < today;
}
