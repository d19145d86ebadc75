namespace PanteinExtra.Core.Register;

/// <summary>The lawful bases of GDPR Art. 6(1), points (a) to (f).</summary>
public enum LegalBasis
{
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

/// <summary>The conditions of GDPR Art. 9(2), points (a) to (j), that allow processing special categories of data.</summary>
public enum SpecialCategoryCondition
{
    ExplicitConsent,
    EmploymentAndSocialSecurity,
    VitalInterests,
    NotForProfitBody,
    MadePublicBySubject,
    LegalClaims,
    SubstantialPublicInterest,
    HealthOrSocialCare,
    PublicHealth,
    ArchivingOrResearch,
}

public enum ActivityStatus
{
    Draft,
    Complete,
    NeedsReview,
}

/// <summary>How a version of an activity came about.</summary>
public enum VersionChangeKind
{
    Seeded,
    Created,
    Edited,
    Imported,
}

/// <summary>One item of an activity's register entry: the unit of completeness, comparison, export and import.</summary>
public enum RegisterField
{
    Name,
    Description,
    Purposes,
    LegalBasis,
    SpecialCategoryCondition,
    DataSubjectCategories,
    PersonalDataCategories,
    Recipients,
    Processors,
    TransfersOutsideEea,
    TransferCountries,
    TransferSafeguards,
    RetentionPeriod,
    RetentionPolicyId,
    SecurityMeasures,
    Source,
    Owner,
    DpiaRequired,
    DpiaCompletedOn,
    Status,
    LastReviewedOn,
    NextReviewOn,
}
