using System.Text.Json.Serialization;

namespace PanteinExtra.Core.Register;

/// <summary>
/// Everything an employee can say about one processing activity: what is edited in the form, imported from a
/// row of the Excel sheet, and frozen in each version's snapshot.
/// </summary>
public sealed record ActivityContent
{
    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public IReadOnlyList<string> Purposes { get; init; } = [];

    public LegalBasis? LegalBasis { get; init; }

    /// <summary>Required as soon as one category of personal data is special (Art. 9).</summary>
    public SpecialCategoryCondition? SpecialCategoryCondition { get; init; }

    public IReadOnlyList<string> DataSubjectCategories { get; init; } = [];

    public IReadOnlyList<PersonalDataCategory> PersonalDataCategories { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public IReadOnlyList<Guid> ProcessorIds { get; init; } = [];

    /// <summary>Null: not yet assessed (a missing item); false: no transfers; true: countries and safeguards named.</summary>
    public bool? TransfersOutsideEea { get; init; }

    public string? TransferCountries { get; init; }

    public string? TransferSafeguards { get; init; }

    /// <summary>The motivated period, in words ("7 jaar na het boekjaar: fiscale bewaarplicht").</summary>
    public string? RetentionPeriod { get; init; }

    /// <summary>The retention policy that governs this data, where one exists (kept by the retention feature).</summary>
    public Guid? RetentionPolicyId { get; init; }

    public IReadOnlyList<string> SecurityMeasures { get; init; } = [];

    public string? Source { get; init; }

    /// <summary>Owner or department responsible for the activity.</summary>
    public string? Owner { get; init; }

    /// <summary>Null: not yet assessed whether a DPIA is needed.</summary>
    public bool? DpiaRequired { get; init; }

    public DateOnly? DpiaCompletedOn { get; init; }

    public ActivityStatus Status { get; init; } = ActivityStatus.Draft;

    public DateOnly? LastReviewedOn { get; init; }

    public DateOnly? NextReviewOn { get; init; }

    [JsonIgnore]
    public bool HasSpecialCategoryData => PersonalDataCategories.Any(c => c.IsSpecial);

    /// <summary>Trimmed text, empty text as null, empty list lines dropped: one spelling per meaning.</summary>
    public ActivityContent Normalised() => this with
    {
        Name = Name.Trim(),
        Description = Text(Description),
        Purposes = Lines(Purposes),
        DataSubjectCategories = Lines(DataSubjectCategories),
        PersonalDataCategories = PersonalDataCategories
            .Select(c => c with { Name = c.Name.Trim() })
            .Where(c => c.Name.Length > 0)
            .ToList(),
        Recipients = Lines(Recipients),
        ProcessorIds = ProcessorIds.Distinct().ToList(),
        TransferCountries = Text(TransferCountries),
        TransferSafeguards = Text(TransferSafeguards),
        RetentionPeriod = Text(RetentionPeriod),
        SecurityMeasures = Lines(SecurityMeasures),
        Source = Text(Source),
        Owner = Text(Owner),
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Lines(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}

/// <summary>A category of personal data; special categories are those of GDPR Art. 9(1) (e.g. health).</summary>
public sealed record PersonalDataCategory(string Name, bool IsSpecial);
