using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.LogControl;

/// <summary>The FG's check of one drawn access.</summary>
public sealed class SampleCheckInput : IValidatableObject
{
    [Display(Name = "Oordeel")]
    public SampleVerdict Verdict { get; set; } = SampleVerdict.Ok;

    [Display(Name = "Opmerking"), MaxText(ControlReportLimits.Note), MultiLine]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Verdict == SampleVerdict.NotChecked)
        {
            yield return new ValidationResult("Kies in orde of vraag aan de medewerker.", [nameof(Verdict)]);
        }

        if (Verdict == SampleVerdict.Question && string.IsNullOrWhiteSpace(Note))
        {
            yield return new ValidationResult("Schrijf op welke vraag u de medewerker stelt.", [nameof(Note)]);
        }
    }
}

/// <summary>The FG's sign-off of the month.</summary>
public sealed class SignOffInput
{
    [Display(Name = "Conclusie"), Mandatory, MaxText(ControlReportLimits.Conclusion), MultiLine]
    public string? Conclusion { get; set; }

    public Guid ConcurrencyStamp { get; set; }
}
