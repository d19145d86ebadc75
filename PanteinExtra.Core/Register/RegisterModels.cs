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
    bool ReviewOverdue)
{
    public string Display(RegisterField field) =>
        RegisterFields.Display(field, Content, id => Processors.FirstOrDefault(p => p.Id == id)?.Name ?? id.ToString());
}

/// <summary>The outcome of saving an activity: saved (with its new version), refused per item, or a concurrent edit.</summary>
public sealed record SaveResult(Guid? Id, int? Version, IReadOnlyDictionary<RegisterField, string> Errors, string? Conflict)
{
    public bool Succeeded => Id is not null && Errors.Count == 0 && Conflict is null;

    internal static SaveResult Saved(Guid id, int version) => new(id, version, new Dictionary<RegisterField, string>(), null);

    internal static SaveResult Invalid(IReadOnlyDictionary<RegisterField, string> errors) => new(null, null, errors, null);

    internal static SaveResult Conflicted(string message) => new(null, null, new Dictionary<RegisterField, string>(), message);
}

public sealed record ProcessorOption(Guid Id, string Name);

/// <summary>A retention policy an activity can link to.</summary>
public sealed record RetentionPolicyOption(Guid Id, string Name);

public sealed record RegisterDetailsInput
{
    public string ControllerName { get; init; } = "";

    public string? ControllerAddress { get; init; }

    public string? ControllerEmail { get; init; }

    public string? ControllerPhone { get; init; }

    public string OfficerName { get; init; } = "";

    public string? OfficerEmail { get; init; }

    public string? OfficerPhone { get; init; }
}

public sealed record RegisterDetailsView(RegisterDetailsInput Details, Guid ConcurrencyStamp);

/// <summary>Outcome of a save keyed by input property name (processors, agreements, the register heading).</summary>
public sealed record FormResult(Guid? Id, IReadOnlyDictionary<string, string> Errors, string? Conflict)
{
    public bool Succeeded => Errors.Count == 0 && Conflict is null;

    internal static FormResult Saved(Guid id) => new(id, new Dictionary<string, string>(), null);

    internal static FormResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors, null);

    internal static FormResult Conflicted(string message) => new(null, new Dictionary<string, string>(), message);
}

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
