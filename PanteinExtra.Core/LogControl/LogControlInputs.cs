using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.LogControl;

/// <summary>The FG's review of one finding.</summary>
public sealed record FindingReviewInput : IValidatableObject
{
    [Display(Name = "Beoordeling")]
    public FindingStatus Status { get; set; } = FindingStatus.Explained;

    [Display(Name = "Escalatie")]
    public FindingEscalation Escalation { get; set; } = FindingEscalation.None;

    [Display(Name = "Toelichting")]
    [Mandatory]
    [MaxText(LogControlLimits.ReviewNote)]
    [MultiLine]
    public string? Note { get; set; }

    [Display(Name = "Naam van de leidinggevende")]
    [MaxText(LogControlLimits.Name)]
    public string? ManagerName { get; set; }

    /// <summary>The finding's stamp as the FG's screen loaded it: a review made meanwhile in another session is a conflict.</summary>
    public Guid ConcurrencyStamp { get; set; }

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

        if (Status == FindingStatus.NotJustified && Escalation == FindingEscalation.Manager && string.IsNullOrWhiteSpace(ManagerName))
        {
            yield return new ValidationResult("Vul in aan welke leidinggevende de bevinding is voorgelegd.", [nameof(ManagerName)]);
        }
    }
}

/// <summary>What the FG's start page shows of the control.</summary>
public sealed record LogControlStatus(int OpenFindings, ControlRun? LastRun);
