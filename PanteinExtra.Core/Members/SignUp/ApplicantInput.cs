using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Members;

/// <summary>A person's name as a sign-up takes it down: the same fields and rules for the main member and a housemate.</summary>
public abstract class NameInput
{
    [Display(Name = "Voorletters"), MaxText(MemberLimits.Initials)]
    public string? Initials { get; set; }

    [Display(Name = "Voornaam"), Mandatory, MaxText(MemberLimits.FirstName)]
    public string? FirstName { get; set; }

    [Display(Name = "Tussenvoegsel"), MaxText(MemberLimits.Infix)]
    public string? Infix { get; set; }

    [Display(Name = "Achternaam"), Mandatory, MaxText(MemberLimits.LastName)]
    public string? LastName { get; set; }
}

/// <summary>
/// Who applies for a membership and where they live, under the desk's Dutch rules: the call-centre's sign-up and the
/// website's application share these fields, so a limit or rule is written once.
/// </summary>
public abstract class ApplicantInput : NameInput
{
    /// <summary>Needed to recognise the member on later calls and to find a double sign-up.</summary>
    [Display(Name = "Geboortedatum"), Mandatory]
    public DateOnly? DateOfBirth { get; set; }

    [Display(Name = "Straat"), Mandatory, MaxText(MemberLimits.Street)]
    public string? Street { get; set; }

    [Display(Name = "Huisnummer"), Mandatory, HouseNumber]
    public int? HouseNumber { get; set; }

    [Display(Name = "Toevoeging"), HouseNumberAddition]
    public string? HouseNumberAddition { get; set; }

    [Display(Name = "Postcode"), Mandatory, Postcode]
    public string? Postcode { get; set; }

    [Display(Name = "Plaats"), Mandatory, MaxText(MemberLimits.City)]
    public string? City { get; set; }

    [Display(Name = "Telefoon"), PhoneNumber]
    public string? Phone { get; set; }
}
