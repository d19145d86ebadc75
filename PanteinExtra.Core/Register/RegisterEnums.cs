namespace PanteinExtra.Core.Register;

/// <summary>The lawful bases of GDPR Art. 6(1), points (a) to (f); <see cref="RegisterText.Display(LegalBasis)"/> adds the code.</summary>
public enum LegalBasis
{
    [Display(Name = "toestemming")] Consent,
    [Display(Name = "uitvoering van een overeenkomst")] Contract,
    [Display(Name = "wettelijke verplichting")] LegalObligation,
    [Display(Name = "vitaal belang")] VitalInterests,
    [Display(Name = "taak van algemeen belang")] PublicTask,
    [Display(Name = "gerechtvaardigd belang")] LegitimateInterests,
}

/// <summary>The conditions of GDPR Art. 9(2), points (a) to (j), that allow processing special categories of data.</summary>
public enum SpecialCategoryCondition
{
    [Display(Name = "uitdrukkelijke toestemming")] ExplicitConsent,
    [Display(Name = "arbeidsrecht en sociale zekerheid")] EmploymentAndSocialSecurity,
    [Display(Name = "vitaal belang")] VitalInterests,
    [Display(Name = "stichting of vereniging zonder winstoogmerk")] NotForProfitBody,
    [Display(Name = "kennelijk openbaar gemaakt door betrokkene")] MadePublicBySubject,
    [Display(Name = "rechtsvordering")] LegalClaims,
    [Display(Name = "zwaarwegend algemeen belang")] SubstantialPublicInterest,
    [Display(Name = "gezondheidszorg of sociale diensten")] HealthOrSocialCare,
    [Display(Name = "volksgezondheid")] PublicHealth,
    [Display(Name = "archivering, onderzoek of statistiek")] ArchivingOrResearch,
}

public enum ActivityStatus
{
    [Display(Name = "concept")] Draft,
    [Display(Name = "volledig")] Complete,
    [Display(Name = "herziening nodig")] NeedsReview,
}

/// <summary>How a version of an activity came about.</summary>
public enum VersionChangeKind
{
    [Display(Name = "eerste register")] Seeded,
    [Display(Name = "aangemaakt")] Created,
    [Display(Name = "gewijzigd")] Edited,
    [Display(Name = "geïmporteerd")] Imported,
}

/// <summary>
/// One item of an activity's register entry: the unit of completeness, comparison, export and import. The capitalised
/// label is the item's column header in the Excel sheet, so an import reads the headers an export wrote.
/// </summary>
public enum RegisterField
{
    [Display(Name = "naam")] Name,
    [Display(Name = "beschrijving")] Description,
    [Display(Name = "doeleinden")] Purposes,
    [Display(Name = "rechtsgrond (art. 6 lid 1)")] LegalBasis,
    [Display(Name = "uitzondering bijzondere gegevens (art. 9 lid 2)")] SpecialCategoryCondition,
    [Display(Name = "categorieën betrokkenen")] DataSubjectCategories,
    [Display(Name = "categorieën persoonsgegevens")] PersonalDataCategories,
    [Display(Name = "ontvangers")] Recipients,
    [Display(Name = "verwerkers")] Processors,
    [Display(Name = "doorgifte buiten de EER")] TransfersOutsideEea,
    [Display(Name = "landen buiten de EER")] TransferCountries,
    [Display(Name = "waarborgen bij doorgifte")] TransferSafeguards,
    [Display(Name = "bewaartermijn")] RetentionPeriod,
    [Display(Name = "bewaarbeleid (id)")] RetentionPolicyId,
    [Display(Name = "beveiligingsmaatregelen")] SecurityMeasures,
    [Display(Name = "bron van de gegevens")] Source,
    [Display(Name = "eigenaar / afdeling")] Owner,
    [Display(Name = "DPIA nodig")] DpiaRequired,
    [Display(Name = "DPIA uitgevoerd op")] DpiaCompletedOn,
    [Display(Name = "status")] Status,
    [Display(Name = "laatste herziening")] LastReviewedOn,
    [Display(Name = "volgende herziening")] NextReviewOn,
}
