using System.ComponentModel.DataAnnotations;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Members;

/// <summary>What an operation on a household's or person's data needs.</summary>
public enum HouseholdAccessNeed
{
    /// <summary>Read the household's personal data (details, consents, referrals, requests, a consent receipt).</summary>
    [Display(Name = "inzien")]
    Read,

    /// <summary>Take down what the caller says (a complaint, a compliment, a call note, a request's intake).</summary>
    [Display(Name = "vastleggen wat de beller meldt")]
    TakeNote,

    /// <summary>Record a decision the person takes (give or withdraw consent, refer, close a referral).</summary>
    [Display(Name = "een beslissing van het lid vastleggen")]
    Decide,

    /// <summary>Change the household's or a person's details or subscriptions.</summary>
    [Display(Name = "gegevens wijzigen")]
    ChangeDetails,
}

/// <summary>Allowed: the purpose of use every event of the operation carries, and whether the grant allows changes.</summary>
public sealed record HouseholdAccessGrant(Guid HouseholdId, string PurposeOfUse, bool IsSupervision, Guid? RequestId);

/// <summary>The outcome of the household access check: a grant, or a Dutch refusal (with the purpose to log it under).</summary>
public sealed record HouseholdAccessDecision(HouseholdAccessGrant? Grant, string? Refusal, string RefusalPurpose)
{
    public bool IsAllowed => Grant is not null;

    /// <summary>Refused only because the household is protected and no reason was stated in this call.</summary>
    public bool ReasonRequired { get; init; }

    /// <summary>The FG marked the household as protected (the desk shows it, allowed or not).</summary>
    public bool IsProtected { get; init; }
}

/// <summary>
/// The one rule for lawful access to a household's personal data (DESIGN, "Lawful access and purpose of use"):
/// <list type="bullet">
/// <item>a call-centre agent needs a recorded caller check for <i>this</i> household: any check to take a note, a
///   verified caller to read or record a decision, a caller who may change details to change them;</item>
/// <item>the FG supervises read-only ("toezicht door de FG"), or works for a named open request with established
///   identity ("verzoek #N"), which allows every step;</item>
/// <item>anyone else: nothing;</item>
/// <item>a household whose data was erased (anonymised by retention or by an erasure request): nothing for anyone; what
///   was kept by law (contributions for the fiscal duty) is restricted to that purpose and never opens at the desk.</item>
/// </list>
/// Pure: <see cref="HouseholdAccess"/> gathers the facts (the call, whether the request is still open).
/// </summary>
public static class HouseholdAccessRules
{
    public const string SupervisionPurpose = "toezicht door de FG";

    /// <summary>The purpose under which an access without any lawful ground is logged (as denied).</summary>
    public const string NoGroundPurpose = "geen grondslag: geen bellercontrole en geen verzoek";

    public const string RecordCallerFirst = "Leg eerst vast wie er belt.";

    public const string NotVerified = "De beller is niet geverifieerd: alleen de beperkte gegevens zijn zichtbaar.";

    public const string MayNotChange =
        "Deze beller mag geen gegevens wijzigen: alleen een geverifieerd lid, een huisgenoot of een contactpersoon met die bevoegdheid.";

    public const string SupervisionIsReadOnly =
        "Toezicht door de FG is alleen-lezen. De FG wijzigt gegevens van leden alleen vanuit een open privacyverzoek.";

    public const string NoRole = "U heeft geen rol die toegang geeft tot de gegevens van leden.";

    /// <summary>The refusal for a household whose data was erased: nothing of it opens, whatever the ground.</summary>
    public const string Erased = "Het lidmaatschap is beëindigd en de gegevens zijn gewist.";

    /// <param name="roles">The employee's roles.</param>
    /// <param name="call">The caller check or request work of this scope for this household (null when none).</param>
    /// <param name="requestStillOpen">For a request call: whether the request is still open with established identity.</param>
    /// <param name="dataErased">Whether the household's data was erased (<see cref="Household.DataErasedOn"/>).</param>
    public static HouseholdAccessDecision Decide(
        Guid householdId, IReadOnlyCollection<string> roles, CallerCheckResult? call, bool requestStillOpen, HouseholdAccessNeed need,
        bool dataErased = false)
    {
        var decision = DecideOnGround(householdId, roles, call, requestStillOpen, need);
        return dataErased ? Refuse(Erased, decision.Grant?.PurposeOfUse ?? decision.RefusalPurpose) : decision;
    }

    private static HouseholdAccessDecision DecideOnGround(
        Guid householdId, IReadOnlyCollection<string> roles, CallerCheckResult? call, bool requestStillOpen, HouseholdAccessNeed need)
    {
        if (call is not null && call.HouseholdId != householdId)
        {
            call = null;
        }

        if (roles.Contains(Roles.PrivacyOfficer))
        {
            if (call is { ForRequest: true } && requestStillOpen)
            {
                return Allow(householdId, call.PurposeOfUse, supervision: false, call.RequestId);
            }

            return need == HouseholdAccessNeed.Read
                ? Allow(householdId, SupervisionPurpose, supervision: true, requestId: null)
                : Refuse(SupervisionIsReadOnly, SupervisionPurpose);
        }

        if (roles.Contains(Roles.CallCentre))
        {
            if (call is null || call.ForRequest)
            {
                return Refuse(RecordCallerFirst, NoGroundPurpose);
            }

            var refusal = need switch
            {
                HouseholdAccessNeed.TakeNote => null,
                HouseholdAccessNeed.Read or HouseholdAccessNeed.Decide => call.IsVerified ? null : NotVerified,
                HouseholdAccessNeed.ChangeDetails => call.MayChangeDetails ? null : MayNotChange,
                _ => NoRole,
            };
            return refusal is null ? Allow(householdId, call.PurposeOfUse, supervision: false, requestId: null) : Refuse(refusal, call.PurposeOfUse);
        }

        return Refuse(NoRole, NoGroundPurpose);
    }

    private static HouseholdAccessDecision Allow(Guid householdId, string purpose, bool supervision, Guid? requestId) =>
        new(new HouseholdAccessGrant(householdId, purpose, supervision, requestId), null, purpose);

    private static HouseholdAccessDecision Refuse(string reason, string purpose) => new(null, reason, purpose);
}
