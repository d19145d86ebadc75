using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

/// <summary>
/// One text per register item, used alike for the overview, the comparison of versions, the Excel columns and
/// the import's "changed or not": two contents are equal on an item exactly when these texts are equal. Values read
/// as their labels, dates as <see cref="Dutch.Date(DateOnly?)"/>.
/// </summary>
public static class RegisterFields
{
    public static readonly IReadOnlyList<RegisterField> All = Enum.GetValues<RegisterField>();

    /// <param name="processorName">Name of a processor by id; the names are sorted so their order is no change.</param>
    public static string Display(RegisterField field, ActivityContent c, Func<Guid, string> processorName) => field switch
    {
        RegisterField.Name => c.Name,
        RegisterField.Description => c.Description ?? "",
        RegisterField.Purposes => Join(c.Purposes),
        RegisterField.LegalBasis => c.LegalBasis is { } basis ? RegisterText.Display(basis) : "",
        RegisterField.SpecialCategoryCondition => c.SpecialCategoryCondition is { } condition ? RegisterText.Display(condition) : "",
        RegisterField.DataSubjectCategories => Join(c.DataSubjectCategories),
        RegisterField.PersonalDataCategories => Join(c.PersonalDataCategories.Select(RegisterText.PersonalData)),
        RegisterField.Recipients => Join(c.Recipients),
        RegisterField.Processors => Join(c.ProcessorIds.Select(processorName).Order(StringComparer.OrdinalIgnoreCase)),
        RegisterField.TransfersOutsideEea => RegisterText.YesNo(c.TransfersOutsideEea),
        RegisterField.TransferCountries => c.TransferCountries ?? "",
        RegisterField.TransferSafeguards => c.TransferSafeguards ?? "",
        RegisterField.RetentionPeriod => c.RetentionPeriod ?? "",
        RegisterField.RetentionPolicyId => c.RetentionPolicyId?.ToString() ?? "",
        RegisterField.SecurityMeasures => Join(c.SecurityMeasures),
        RegisterField.Source => c.Source ?? "",
        RegisterField.Owner => c.Owner ?? "",
        RegisterField.DpiaRequired => RegisterText.YesNo(c.DpiaRequired),
        RegisterField.DpiaCompletedOn => Dutch.Date(c.DpiaCompletedOn),
        RegisterField.Status => c.Status.CapitalisedLabel(),
        RegisterField.LastReviewedOn => Dutch.Date(c.LastReviewedOn),
        RegisterField.NextReviewOn => Dutch.Date(c.NextReviewOn),
    };

    /// <summary>The items whose text differs between two contents, in register order.</summary>
    public static IReadOnlyList<RegisterField> Changed(
        ActivityContent before, Func<Guid, string> namesBefore, ActivityContent after, Func<Guid, string> namesAfter) =>
        All.Where(f => Display(f, before, namesBefore) != Display(f, after, namesAfter)).ToList();

    /// <summary>The <see cref="ActivityContent"/> property that holds an item: the key of its messages in a <see cref="Result"/>.</summary>
    public static string Property(RegisterField field) =>
        field == RegisterField.Processors ? nameof(ActivityContent.ProcessorIds) : field.ToString();

    /// <summary>The item an <see cref="ActivityContent"/> property holds; null for a name that is no item.</summary>
    public static RegisterField? Of(string property) => All.Where(f => Property(f) == property).Cast<RegisterField?>().FirstOrDefault();

    /// <summary>
    /// An item's name on screen. The linked retention policy is shown by its name, so it reads "bewaarbeleid"; the
    /// export keeps the column header "bewaarbeleid (id)", because that column holds the id the import reads back.
    /// </summary>
    public static string ScreenLabel(RegisterField field) => field == RegisterField.RetentionPolicyId ? "bewaarbeleid" : field.Label();

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    public static IReadOnlyList<string> SplitLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.TrimEnd('\r').Trim()).Where(l => l.Length > 0).ToList();
}
