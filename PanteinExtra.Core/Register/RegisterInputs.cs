using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Register;

/// <summary>A processor as the administrator records it.</summary>
public sealed record ProcessorInput
{
    [Display(Name = "Naam"), Mandatory, MaxText(RegisterLimits.ProcessorName)]
    public string Name { get; set; } = "";

    [Display(Name = "Contactpersoon"), MaxText(RegisterLimits.ContactName)]
    public string? ContactName { get; set; }

    [Display(Name = "E-mail"), Email, MaxText(RegisterLimits.Email)]
    public string? ContactEmail { get; set; }

    [Display(Name = "Telefoon"), MaxText(RegisterLimits.Phone)]
    public string? ContactPhone { get; set; }

    [Display(Name = "Land van vestiging"), Mandatory, MaxText(RegisterLimits.Country)]
    public string Country { get; set; } = "Nederland";

    [Display(Name = "Wat zij voor ons doen"), Mandatory(ErrorMessage = "Beschrijf wat de verwerker voor ons doet."), MaxText(RegisterLimits.Services)]
    public string Services { get; set; } = "";
}

/// <summary>A signed processing agreement as the administrator records it; <see cref="AgreementRules.Validate"/> checks it against today.</summary>
public sealed record AgreementInput : IValidatableObject
{
    [Display(Name = "Datum van ondertekening"), Mandatory]
    public DateOnly? SignedOn { get; set; }

    [Display(Name = "Einddatum")]
    public DateOnly? ExpiresOn { get; set; }

    [Display(Name = "Document"), Mandatory(ErrorMessage = "Geef aan waar de getekende overeenkomst staat (documentnummer of vindplaats)."),
     MaxText(RegisterLimits.DocumentReference)]
    public string DocumentReference { get; set; } = "";

    [Display(Name = "Reikwijdte"), Mandatory(ErrorMessage = "Beschrijf welke verwerkingen de overeenkomst dekt."), MaxText(RegisterLimits.AgreementScope)]
    public string Scope { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SignedOn is { } signed && ExpiresOn is { } expires && expires <= signed)
        {
            yield return new ValidationResult("De einddatum moet na de datum van ondertekening liggen.", [nameof(ExpiresOn)]);
        }
    }
}

/// <summary>
/// The register's heading: the controller, joint controllers, the representative and the FG with their contact details
/// (Art. 30(1)(a)). Joint controllers and representative read "geen" where there are none.
/// </summary>
public sealed record RegisterDetailsInput : IValidatableObject
{
    [Display(Name = "Verwerkingsverantwoordelijke"), Mandatory, MaxText(RegisterLimits.ControllerName)]
    public string ControllerName { get; set; } = "";

    [Display(Name = "Adres"), MaxText(RegisterLimits.Address)]
    public string? ControllerAddress { get; set; }

    [Display(Name = "E-mail"), MaxText(RegisterLimits.Email)]
    public string? ControllerEmail { get; set; }

    [Display(Name = "Telefoon"), MaxText(RegisterLimits.Phone)]
    public string? ControllerPhone { get; set; }

    [Display(Name = "Gezamenlijke verwerkingsverantwoordelijken"), MaxText(RegisterLimits.JointControllers), MultiLine]
    public string? JointControllers { get; set; }

    [Display(Name = "Vertegenwoordiger"), MaxText(RegisterLimits.Representative), MultiLine]
    public string? Representative { get; set; }

    [Display(Name = "Functionaris Gegevensbescherming"), Mandatory, MaxText(RegisterLimits.OfficerName)]
    public string OfficerName { get; set; } = "";

    [Display(Name = "E-mail FG"), MaxText(RegisterLimits.Email)]
    public string? OfficerEmail { get; set; }

    [Display(Name = "Telefoon FG"), MaxText(RegisterLimits.Phone)]
    public string? OfficerPhone { get; set; }

    /// <summary>Members must be able to reach the FG: an e-mail address or a phone number at least.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(OfficerEmail) && string.IsNullOrWhiteSpace(OfficerPhone))
        {
            yield return new ValidationResult("Geef ten minste een e-mailadres of telefoonnummer van de FG.", [nameof(OfficerEmail)]);
        }
    }
}
