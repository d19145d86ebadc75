namespace PanteinExtra.Core.Register;

/// <summary>The Dutch words staff, the Excel sheet and the Autoriteit Persoonsgegevens see for the register's values.</summary>
public static class RegisterText
{
    public const string SpecialMarker = " (bijzonder)";

    public static string Code(LegalBasis basis) => "6.1." + (char)('a' + (int)basis);

    public static string Label(LegalBasis basis) => basis switch
    {
        LegalBasis.Consent => "Toestemming",
        LegalBasis.Contract => "Uitvoering van een overeenkomst",
        LegalBasis.LegalObligation => "Wettelijke verplichting",
        LegalBasis.VitalInterests => "Vitaal belang",
        LegalBasis.PublicTask => "Taak van algemeen belang",
        LegalBasis.LegitimateInterests => "Gerechtvaardigd belang",
    };

    /// <summary>"6.1.b Uitvoering van een overeenkomst".</summary>
    public static string Display(LegalBasis basis) => $"{Code(basis)} {Label(basis)}";

    public static string Code(SpecialCategoryCondition condition) => "9.2." + (char)('a' + (int)condition);

    public static string Label(SpecialCategoryCondition condition) => condition switch
    {
        SpecialCategoryCondition.ExplicitConsent => "Uitdrukkelijke toestemming",
        SpecialCategoryCondition.EmploymentAndSocialSecurity => "Arbeidsrecht en sociale zekerheid",
        SpecialCategoryCondition.VitalInterests => "Vitaal belang",
        SpecialCategoryCondition.NotForProfitBody => "Stichting of vereniging zonder winstoogmerk",
        SpecialCategoryCondition.MadePublicBySubject => "Kennelijk openbaar gemaakt door betrokkene",
        SpecialCategoryCondition.LegalClaims => "Rechtsvordering",
        SpecialCategoryCondition.SubstantialPublicInterest => "Zwaarwegend algemeen belang",
        SpecialCategoryCondition.HealthOrSocialCare => "Gezondheidszorg of sociale diensten",
        SpecialCategoryCondition.PublicHealth => "Volksgezondheid",
        SpecialCategoryCondition.ArchivingOrResearch => "Archivering, onderzoek of statistiek",
    };

    public static string Display(SpecialCategoryCondition condition) => $"{Code(condition)} {Label(condition)}";

    public static string Label(ActivityStatus status) => status switch
    {
        ActivityStatus.Draft => "Concept",
        ActivityStatus.Complete => "Volledig",
        ActivityStatus.NeedsReview => "Herziening nodig",
    };

    public static string Label(VersionChangeKind kind) => kind switch
    {
        VersionChangeKind.Seeded => "Eerste register",
        VersionChangeKind.Created => "Aangemaakt",
        VersionChangeKind.Edited => "Gewijzigd",
        VersionChangeKind.Imported => "Geïmporteerd",
    };

    public static string Label(RegisterField field) => field switch
    {
        RegisterField.Name => "Naam",
        RegisterField.Description => "Beschrijving",
        RegisterField.Purposes => "Doeleinden",
        RegisterField.LegalBasis => "Rechtsgrond (art. 6 lid 1)",
        RegisterField.SpecialCategoryCondition => "Uitzondering bijzondere gegevens (art. 9 lid 2)",
        RegisterField.DataSubjectCategories => "Categorieën betrokkenen",
        RegisterField.PersonalDataCategories => "Categorieën persoonsgegevens",
        RegisterField.Recipients => "Ontvangers",
        RegisterField.Processors => "Verwerkers",
        RegisterField.TransfersOutsideEea => "Doorgifte buiten de EER",
        RegisterField.TransferCountries => "Landen buiten de EER",
        RegisterField.TransferSafeguards => "Waarborgen bij doorgifte",
        RegisterField.RetentionPeriod => "Bewaartermijn",
        RegisterField.RetentionPolicyId => "Bewaarbeleid (id)",
        RegisterField.SecurityMeasures => "Beveiligingsmaatregelen",
        RegisterField.Source => "Bron van de gegevens",
        RegisterField.Owner => "Eigenaar / afdeling",
        RegisterField.DpiaRequired => "DPIA nodig",
        RegisterField.DpiaCompletedOn => "DPIA uitgevoerd op",
        RegisterField.Status => "Status",
        RegisterField.LastReviewedOn => "Laatste herziening",
        RegisterField.NextReviewOn => "Volgende herziening",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => "",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd-MM-yyyy") ?? "";

    public static string PersonalData(PersonalDataCategory category) =>
        category.IsSpecial ? category.Name + SpecialMarker : category.Name;

    public static bool TryParseLegalBasis(string text, out LegalBasis basis) =>
        TryParseCoded(text, Enum.GetValues<LegalBasis>(), Code, Label, out basis);

    public static bool TryParseCondition(string text, out SpecialCategoryCondition condition) =>
        TryParseCoded(text, Enum.GetValues<SpecialCategoryCondition>(), Code, Label, out condition);

    public static bool TryParseStatus(string text, out ActivityStatus status)
    {
        foreach (var candidate in Enum.GetValues<ActivityStatus>())
        {
            if (string.Equals(Label(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static bool TryParseYesNo(string text, out bool? value)
    {
        value = text.Trim().ToLowerInvariant() switch
        {
            "" => null,
            "ja" => true,
            "nee" => false,
            _ => null,
        };
        return text.Trim().Length == 0 || value is not null;
    }

    public static PersonalDataCategory ParsePersonalData(string line)
    {
        var trimmed = line.Trim();
        return trimmed.EndsWith(SpecialMarker.Trim(), StringComparison.OrdinalIgnoreCase)
            ? new PersonalDataCategory(trimmed[..^SpecialMarker.Trim().Length].Trim(), true)
            : new PersonalDataCategory(trimmed, false);
    }

    /// <summary>Accepts the full text ("6.1.b Uitvoering van een overeenkomst"), the code ("6.1.b") or the label.</summary>
    private static bool TryParseCoded<T>(string text, T[] values, Func<T, string> code, Func<T, string> label, out T result)
        where T : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var candidate in values)
        {
            if (string.Equals(trimmed, $"{code(candidate)} {label(candidate)}", StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, code(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, label(candidate), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
