using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Members;

/// <summary>The facts beyond the lawful ground that <see cref="HouseholdSafeguards"/> weighs.</summary>
/// <param name="ConfidentialityCurrent">The employee confirmed the duty of confidentiality less than a year ago.</param>
/// <param name="IsProtected">The FG marked the household as protected.</param>
/// <param name="StatedReason">The reason the agent stated for this household in this call, if any.</param>
public sealed record HouseholdSafeguardFacts(bool ConfidentialityCurrent, bool IsProtected, string? StatedReason);

/// <summary>
/// Two safeguards on top of <see cref="HouseholdAccessRules"/>, applied to its decision:
/// <list type="bullet">
/// <item>without a current confirmation of the duty of confidentiality (geheimhoudingsplicht) an employee opens no
///   personal data at all;</item>
/// <item>an agent opens a protected household (staff, board, public figure) only after stating a reason for it in this
///   call ("break the glass"); the grant's purpose of use then says so.</item>
/// </list>
/// The FG's supervision and request work need no stated reason: the FG is the one who reviews these accesses.
/// </summary>
public static class HouseholdSafeguards
{
    public const string ConfidentialityNotConfirmed =
        "U heeft uw geheimhoudingsplicht nog niet bevestigd, of langer dan een jaar geleden. Bevestig die eerst; tot dan opent het portaal geen persoonsgegevens.";

    public const string ReasonRequired =
        "Dit is een beschermd huishouden. Geef eerst de reden op waarom u het in dit gesprek opent; de FG controleert elke toegang.";

    public const string ProtectedPurposeSuffix = "; beschermd huishouden, reden opgegeven";

    public static HouseholdAccessDecision Apply(HouseholdAccessDecision decision, IReadOnlyCollection<string> roles, HouseholdSafeguardFacts facts)
    {
        if (roles.Any(Roles.IsKnown) && !facts.ConfidentialityCurrent)
        {
            return new HouseholdAccessDecision(null, ConfidentialityNotConfirmed, decision.RefusalPurpose);
        }

        if (decision.Grant is not { } grant || !facts.IsProtected || roles.Contains(Roles.PrivacyOfficer))
        {
            return decision;
        }

        if (string.IsNullOrWhiteSpace(facts.StatedReason))
        {
            return new HouseholdAccessDecision(null, ReasonRequired, grant.PurposeOfUse) { ReasonRequired = true };
        }

        var purpose = grant.PurposeOfUse + ProtectedPurposeSuffix;
        return new HouseholdAccessDecision(grant with { PurposeOfUse = purpose }, null, purpose);
    }
}

/// <summary>The rule of the duty of confidentiality: confirmed on first sign-in and again every year.</summary>
public static class ConfidentialityDuty
{
    /// <summary>Current when confirmed less than a year before today (a confirmation of 2 March 2025 runs out on 2 March 2026).</summary>
    public static bool IsCurrent(DateOnly? confirmedOn, DateOnly today) => confirmedOn is { } on && on.AddYears(1) > today;
}
