using PanteinExtra.Core.Register;

namespace PanteinExtra.Portal.Features.Register;

/// <summary>
/// The edit form's state: lists as text with one entry per line, ordinary and special personal data in two boxes,
/// "not yet assessed" as its own choice. Converts to and from <see cref="ActivityContent"/>. It holds no rules: Core
/// checks the content and keys its messages by <see cref="ActivityContent"/>'s property names, which the properties
/// here share, so the shared ResultValidator puts each message next to its field.
/// </summary>
public sealed class ActivityFormModel
{
    public const string Unassessed = "onbekend";
    public const string Yes = "ja";
    public const string No = "nee";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Purposes { get; set; }

    public LegalBasis? LegalBasis { get; set; }

    public SpecialCategoryCondition? SpecialCategoryCondition { get; set; }

    public string? DataSubjectCategories { get; set; }

    /// <summary>The ordinary categories; Core's messages about the categories of personal data show here.</summary>
    public string? PersonalDataCategories { get; set; }

    /// <summary>The special categories (Art. 9), one per line.</summary>
    public string? SpecialData { get; set; }

    public string? Recipients { get; set; }

    public IReadOnlyCollection<Guid> ProcessorIds { get; set; } = [];

    public string TransfersOutsideEea { get; set; } = Unassessed;

    public string? TransferCountries { get; set; }

    public string? TransferSafeguards { get; set; }

    public string? RetentionPeriod { get; set; }

    public Guid? RetentionPolicyId { get; set; }

    public string? SecurityMeasures { get; set; }

    public string? Source { get; set; }

    public string? Owner { get; set; }

    public string DpiaRequired { get; set; } = Unassessed;

    public DateTime? DpiaCompletedOn { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Draft;

    public DateTime? LastReviewedOn { get; set; }

    public DateTime? NextReviewOn { get; set; }

    public static ActivityFormModel From(ActivityContent c) => new()
    {
        Name = c.Name,
        Description = c.Description,
        Purposes = RegisterFields.Join(c.Purposes),
        LegalBasis = c.LegalBasis,
        SpecialCategoryCondition = c.SpecialCategoryCondition,
        DataSubjectCategories = RegisterFields.Join(c.DataSubjectCategories),
        PersonalDataCategories = RegisterFields.Join(c.PersonalDataCategories.Where(d => !d.IsSpecial).Select(d => d.Name)),
        SpecialData = RegisterFields.Join(c.PersonalDataCategories.Where(d => d.IsSpecial).Select(d => d.Name)),
        Recipients = RegisterFields.Join(c.Recipients),
        ProcessorIds = c.ProcessorIds.ToList(),
        TransfersOutsideEea = Choice(c.TransfersOutsideEea),
        TransferCountries = c.TransferCountries,
        TransferSafeguards = c.TransferSafeguards,
        RetentionPeriod = c.RetentionPeriod,
        RetentionPolicyId = c.RetentionPolicyId,
        SecurityMeasures = RegisterFields.Join(c.SecurityMeasures),
        Source = c.Source,
        Owner = c.Owner,
        DpiaRequired = Choice(c.DpiaRequired),
        DpiaCompletedOn = Date(c.DpiaCompletedOn),
        Status = c.Status,
        LastReviewedOn = Date(c.LastReviewedOn),
        NextReviewOn = Date(c.NextReviewOn),
    };

    public ActivityContent ToContent() => new()
    {
        Name = Name,
        Description = Description,
        Purposes = RegisterFields.SplitLines(Purposes),
        LegalBasis = LegalBasis,
        SpecialCategoryCondition = SpecialCategoryCondition,
        DataSubjectCategories = RegisterFields.SplitLines(DataSubjectCategories),
        PersonalDataCategories =
        [
            .. RegisterFields.SplitLines(PersonalDataCategories).Select(n => new PersonalDataCategory(n, false)),
            .. RegisterFields.SplitLines(SpecialData).Select(n => new PersonalDataCategory(n, true)),
        ],
        Recipients = RegisterFields.SplitLines(Recipients),
        ProcessorIds = ProcessorIds.ToList(),
        TransfersOutsideEea = FromChoice(TransfersOutsideEea),
        TransferCountries = TransferCountries,
        TransferSafeguards = TransferSafeguards,
        RetentionPeriod = RetentionPeriod,
        RetentionPolicyId = RetentionPolicyId,
        SecurityMeasures = RegisterFields.SplitLines(SecurityMeasures),
        Source = Source,
        Owner = Owner,
        DpiaRequired = FromChoice(DpiaRequired),
        DpiaCompletedOn = DateOf(DpiaCompletedOn),
        Status = Status,
        LastReviewedOn = DateOf(LastReviewedOn),
        NextReviewOn = DateOf(NextReviewOn),
    };

    private static string Choice(bool? value) => value switch { true => Yes, false => No, null => Unassessed };

    private static bool? FromChoice(string value) => value switch { Yes => true, No => false, _ => null };

    private static DateTime? Date(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? DateOf(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
