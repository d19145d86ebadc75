using System.Text.Json.Serialization;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Register;

/// <summary>
/// Everything an employee can say about one processing activity: what is edited in the form, imported from a
/// row of the Excel sheet, and frozen in each version's snapshot. It carries its field rules (checked by
/// <see cref="ActivityRules.Validate"/>); messages are keyed by its property names (<see cref="RegisterFields.Property"/>),
/// and each [Display] name is its item's capitalised label.
/// </summary>
public sealed record ActivityContent : IValidatableObject
{
    [Display(Name = "Naam"), Mandatory, MaxText(RegisterLimits.ActivityName)]
    public string Name { get; init; } = "";

    [Display(Name = "Beschrijving"), MaxText(RegisterLimits.ItemText), MultiLine]
    public string? Description { get; init; }

    [Display(Name = "Doeleinden"), MaxListText(RegisterLimits.ItemText)]
    public IReadOnlyList<string> Purposes { get; init; } = [];

    public LegalBasis? LegalBasis { get; init; }

    /// <summary>Required as soon as one category of personal data is special (Art. 9).</summary>
    public SpecialCategoryCondition? SpecialCategoryCondition { get; init; }

    [Display(Name = "Categorieën betrokkenen"), MaxListText(RegisterLimits.ItemText)]
    public IReadOnlyList<string> DataSubjectCategories { get; init; } = [];

    [Display(Name = "Categorieën persoonsgegevens"), MaxListText(RegisterLimits.ItemText)]
    public IReadOnlyList<PersonalDataCategory> PersonalDataCategories { get; init; } = [];

    [Display(Name = "Ontvangers"), MaxListText(RegisterLimits.ItemText)]
    public IReadOnlyList<string> Recipients { get; init; } = [];

    public IReadOnlyList<Guid> ProcessorIds { get; init; } = [];

    /// <summary>Null: not yet assessed (a missing item); false: no transfers; true: countries and safeguards named.</summary>
    public bool? TransfersOutsideEea { get; init; }

    [Display(Name = "Landen buiten de EER"), MaxText(RegisterLimits.ItemText)]
    public string? TransferCountries { get; init; }

    [Display(Name = "Waarborgen bij doorgifte"), MaxText(RegisterLimits.ItemText)]
    public string? TransferSafeguards { get; init; }

    /// <summary>The motivated period, in words ("7 jaar na het boekjaar: fiscale bewaarplicht").</summary>
    [Display(Name = "Bewaartermijn"), MaxText(RegisterLimits.ItemText), MultiLine]
    public string? RetentionPeriod { get; init; }

    /// <summary>The retention policy that governs this data, where one exists (kept by the retention feature).</summary>
    public Guid? RetentionPolicyId { get; init; }

    [Display(Name = "Beveiligingsmaatregelen"), MaxListText(RegisterLimits.ItemText)]
    public IReadOnlyList<string> SecurityMeasures { get; init; } = [];

    [Display(Name = "Bron van de gegevens"), MaxText(RegisterLimits.ItemText)]
    public string? Source { get; init; }

    /// <summary>Owner or department responsible for the activity.</summary>
    [Display(Name = "Eigenaar / afdeling"), MaxText(RegisterLimits.ItemText)]
    public string? Owner { get; init; }

    /// <summary>Null: not yet assessed whether a DPIA is needed.</summary>
    public bool? DpiaRequired { get; init; }

    public DateOnly? DpiaCompletedOn { get; init; }

    public ActivityStatus Status { get; init; } = ActivityStatus.Draft;

    public DateOnly? LastReviewedOn { get; init; }

    public DateOnly? NextReviewOn { get; init; }

    [JsonIgnore]
    public bool HasSpecialCategoryData => PersonalDataCategories.Any(c => c.IsSpecial);

    /// <summary>The rules across items; rules against today's date are in <see cref="ActivityRules.Validate"/>.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SpecialCategoryCondition is not null && !HasSpecialCategoryData)
        {
            yield return new ValidationResult(
                "Alleen invullen als er bijzondere persoonsgegevens worden verwerkt.", [nameof(SpecialCategoryCondition)]);
        }

        if (TransfersOutsideEea != true && (!string.IsNullOrWhiteSpace(TransferCountries) || !string.IsNullOrWhiteSpace(TransferSafeguards)))
        {
            yield return new ValidationResult(
                $"Er zijn landen of waarborgen ingevuld: kies '{RegisterText.YesNo(true)}' bij doorgifte buiten de EER, of maak die velden leeg.",
                [nameof(TransfersOutsideEea)]);
        }

        if (LastReviewedOn is { } last && NextReviewOn is { } next && next <= last)
        {
            yield return new ValidationResult(
                "De volgende herziening moet na de laatste herziening liggen.", [nameof(NextReviewOn)]);
        }
    }

    /// <summary>Trimmed text, empty text as null, empty list lines dropped: one spelling per meaning; no own retention text beside a linked policy.</summary>
    public ActivityContent Normalised() => this with
    {
        Name = Name.Trim(),
        Description = RegisterText.Blank(Description),
        Purposes = Lines(Purposes),
        DataSubjectCategories = Lines(DataSubjectCategories),
        PersonalDataCategories = PersonalDataCategories
            .Select(c => c with { Name = c.Name.Trim() })
            .Where(c => c.Name.Length > 0)
            .ToList(),
        Recipients = Lines(Recipients),
        ProcessorIds = ProcessorIds.Distinct().ToList(),
        TransferCountries = RegisterText.Blank(TransferCountries),
        TransferSafeguards = RegisterText.Blank(TransferSafeguards),
        // With a linked policy the retention text is the policy's (RegisterRetention): no second text beside it.
        RetentionPeriod = RetentionPolicyId is null ? RegisterText.Blank(RetentionPeriod) : null,
        SecurityMeasures = Lines(SecurityMeasures),
        Source = RegisterText.Blank(Source),
        Owner = RegisterText.Blank(Owner),
    };

    private static List<string> Lines(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
}

/// <summary>A category of personal data; special categories are those of GDPR Art. 9(1) (e.g. health).</summary>
public sealed record PersonalDataCategory(string Name, bool IsSpecial)
{
    /// <summary>As the register writes it: "Gezondheid (bijzonder)".</summary>
    public override string ToString() => RegisterText.PersonalData(this);
}
