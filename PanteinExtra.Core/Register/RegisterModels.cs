namespace PanteinExtra.Core.Register;

/// <summary>Server-side filters of the register overview.</summary>
public sealed record RegisterFilter
{
    public string? Text { get; init; }

    public ActivityStatus? Status { get; init; }

    public LegalBasis? LegalBasis { get; init; }

    /// <summary>True: only activities with special categories of data; false: only without; null: all.</summary>
    public bool? SpecialData { get; init; }

    public bool OnlyIncomplete { get; init; }

    /// <summary>Only activities that miss this one item.</summary>
    public RegisterField? MissingItem { get; init; }

    public bool OnlyOverdueReview { get; init; }
}

public sealed record ActivitySummary(
    Guid Id,
    string Name,
    string? Owner,
    ActivityStatus Status,
    LegalBasis? LegalBasis,
    bool HasSpecialCategoryData,
    IReadOnlyList<RegisterField> MissingItems,
    DateOnly? NextReviewOn,
    bool ReviewOverdue,
    int Version);

public sealed record LinkedProcessor(Guid Id, string Name, AgreementStatus Agreement);

public sealed record ActivityView(
    Guid Id,
    ActivityContent Content,
    int Version,
    IReadOnlyList<RegisterField> MissingItems,
    IReadOnlyList<LinkedProcessor> Processors,
    DateTime UpdatedAtUtc,
    string UpdatedByName,
    bool ReviewOverdue,
    string? RetentionPolicyName = null)
{
    /// <summary>An item as the screen shows it; the linked retention policy by its name.</summary>
    public string Display(RegisterField field) => field == RegisterField.RetentionPolicyId && RetentionPolicyName is not null
        ? RetentionPolicyName
        : RegisterFields.Display(field, Content, id => Processors.FirstOrDefault(p => p.Id == id)?.Name ?? id.ToString());
}

/// <summary>What a save of an activity leaves: the activity and the version it is at now.</summary>
public sealed record SavedActivity(Guid Id, int Version);

public sealed record ProcessorOption(Guid Id, string Name);

/// <summary>A retention policy an activity can link to, with the retention text the register then shows.</summary>
public sealed record RetentionPolicyOption(Guid Id, string Name, string Summary);

public sealed record RegisterDetailsView(RegisterDetailsInput Details, Guid ConcurrencyStamp);

/// <summary>The register's health at a glance, for the administrator's home page.</summary>
public sealed record RegisterStatus(
    int Activities,
    int Incomplete,
    int NeedsReview,
    int OverdueReviews,
    int ProcessorsWithoutAgreement,
    int AgreementsExpiringSoon);

public sealed record VersionSummary(
    int Number,
    DateTime ChangedAtUtc,
    string ChangedByName,
    VersionChangeKind Kind,
    IReadOnlyList<RegisterField> ChangedFields);

public sealed record ComparisonRow(RegisterField Field, string Left, string Right)
{
    public bool Changed => Left != Right;
}

public sealed record VersionComparison(VersionSummary Left, VersionSummary Right, IReadOnlyList<ComparisonRow> Rows);

public sealed record AgreementView(Guid Id, DateOnly SignedOn, DateOnly? ExpiresOn, string DocumentReference, string Scope);

public sealed record ProcessorSummary(
    Guid Id,
    string Name,
    string Country,
    string Services,
    AgreementStatus Agreement,
    int ActivityCount);

public sealed record ProcessorView(
    Guid Id,
    ProcessorInput Input,
    Guid ConcurrencyStamp,
    AgreementStatus Agreement,
    IReadOnlyList<AgreementView> Agreements,
    IReadOnlyList<ProcessorOption> Activities);
