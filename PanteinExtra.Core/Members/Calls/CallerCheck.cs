namespace PanteinExtra.Core.Members;

/// <summary>Who is on the phone.</summary>
public enum CallerKind
{
    [Display(Name = "lid zelf")] Member,
    [Display(Name = "huisgenoot")] Housemate,
    [Display(Name = "contactpersoon")] ContactPerson,
    [Display(Name = "iemand anders")] SomeoneElse,
}

/// <summary>Checks against data Pantein Extra already holds (no copy of an ID document on the phone).</summary>
[Flags]
public enum IdentityChecks
{
    [Display(Name = "geen controle")] None = 0,

    /// <summary>The caller gave the date of birth that we hold.</summary>
    [Display(Name = "geboortedatum klopt")] DateOfBirth = 1,

    /// <summary>The caller gave the postcode and house number that we hold.</summary>
    [Display(Name = "postcode en huisnummer kloppen")] PostcodeAndHouseNumber = 2,

    /// <summary>The caller gave the member number on the member pass.</summary>
    [Display(Name = "lidnummer klopt")] MemberNumber = 4,

    /// <summary>We ended the call and called back on the phone number we hold for the caller.</summary>
    [Display(Name = "teruggebeld op het bij ons bekende nummer")] CallBackToKnownNumber = 8,
}

/// <summary>What the agent records at the start of a call.</summary>
public sealed record CallerCheckInput(CallerKind Caller, IdentityChecks Checks, Guid? ContactPersonId = null, Guid? PersonId = null);

/// <summary>
/// The outcome of the caller check: what the agent may see and do, and the purpose of use it gives the call. It lives for
/// the call (<see cref="CallContext"/>), so later steps of the same call (a consent decision, a privacy request) rest on
/// it instead of asking the same questions again. <see cref="ContactPersonId"/> names the registered contact person who
/// called, when one did.
/// </summary>
public sealed record CallerCheckResult(
    Guid HouseholdId,
    CallerKind Caller,
    IdentityChecks Checks,
    bool IsVerified,
    bool MayChangeDetails,
    string PurposeOfUse,
    string? Problem = null,
    Guid? RequestId = null,
    Guid? ContactPersonId = null)
{
    /// <summary>The FG works on the household for a data-subject request (a written rectification, a restriction).</summary>
    public bool ForRequest => RequestId is not null;

    /// <summary>Full details are shown only to a verified caller who may receive them.</summary>
    public bool SeesFullDetails => IsVerified;
}
