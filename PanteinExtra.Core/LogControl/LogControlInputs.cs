using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.LogControl;

/// <summary>The FG's review of one finding.</summary>
public sealed record FindingReviewInput : IValidatableObject
{
    [Display(Name = "Beoordeling")]
    public FindingStatus Status { get; init; } = FindingStatus.Explained;

    [Display(Name = "Escalatie")]
    public FindingEscalation Escalation { get; init; } = FindingEscalation.None;

    [Display(Name = "Toelichting")]
    [Mandatory]
    [MaxText(LogControlLimits.ReviewNote)]
    [MultiLine]
    public string? Note { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status == FindingStatus.Open)
        {
            yield return new ValidationResult("Kies verklaard of niet gerechtvaardigd.", [nameof(Status)]);
        }

        if (Status == FindingStatus.NotJustified && Escalation == FindingEscalation.None)
        {
            yield return new ValidationResult("Een niet gerechtvaardigde toegang wordt geëscaleerd: naar de leidinggevende of het register van datalekken.", [nameof(Escalation)]);
        }
    }
}

/// <summary>What the FG's start page shows of the control.</summary>
public sealed record LogControlStatus(int OpenFindings, ControlRun? LastRun);
