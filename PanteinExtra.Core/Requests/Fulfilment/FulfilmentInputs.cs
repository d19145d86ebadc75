using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>Art. 18(3): the reason to lift a restriction, which the subject hears beforehand.</summary>
public sealed class LiftRestrictionInput
{
    [Display(Name = "Reden om de beperking op te heffen"),
     Mandatory(ErrorMessage = "Geef de reden om de beperking op te heffen; de betrokkene krijgt die vooraf te horen (artikel 18, lid 3)."),
     MaxText(RequestLimits.LiftReason)]
    public string? Reason { get; set; }
}

/// <summary>An objection other than to direct marketing: the assessment and whether it is upheld (Art. 21(1)).</summary>
public sealed class ObjectionDecisionInput
{
    public bool Upheld { get; set; }

    [Display(Name = "Afweging bij een ander bezwaar"),
     Mandatory(ErrorMessage = "Leg de afweging vast: de belangen van de betrokkene tegen onze gerechtvaardigde gronden."),
     MaxText(RequestLimits.Assessment)]
    [MultiLine]
    public string? Assessment { get; set; }
}
