using PanteinExtra.Core.Common;
using PanteinExtra.Portal.Features.Consent;
using PanteinExtra.Portal.Features.Courses;
using PanteinExtra.Portal.Features.Referrals;
using PanteinExtra.Portal.Features.Requests;

namespace PanteinExtra.Portal.Features.Members.Panels;

/// <summary>A panel on the household page, the roles that see it, whether it needs the full details, and whether it takes the full width.</summary>
public sealed record HouseholdPanel(Type Component, int Order, IReadOnlyList<string> Roles, bool NeedsFullDetails = true, bool Wide = false);

/// <summary>
/// The panels of the household page, in order. Other features add their own panel here (consents, referrals,
/// requests): a component deriving from <see cref="HouseholdPanelBase"/>, or one that takes the same parameters
/// (<see cref="HouseholdPanelBase.View"/> and <see cref="HouseholdPanelBase.OnChanged"/>), and one line below.
/// </summary>
public static class HouseholdPanels
{
    private static readonly string[] Desk = [Roles.CallCentre, Roles.PrivacyOfficer];

    public static readonly IReadOnlyList<HouseholdPanel> All =
    [
        new(typeof(ContactDetailsPanel), 10, Desk),
        new(typeof(PersonsPanel), 20, Desk),
        new(typeof(ContactPersonsPanel), 30, Desk),
        new(typeof(SubscriptionsPanel), 40, Desk),
        new(typeof(InsuranceDiscountPanel), 50, Desk),
        new(typeof(CallNotesPanel), 55, Desk, NeedsFullDetails: false),

        // Tables and long forms take the whole width, so a 1366 px screen shows every column.
        new(typeof(ContributionsPanel), 60, Desk, Wide: true),
        new(typeof(FeedbackPanel), 70, Desk, NeedsFullDetails: false, Wide: true),
        new(typeof(ConsentPanel), 84, Desk, Wide: true),
        new(typeof(ReferralPanel), 86, Desk, Wide: true),
        new(typeof(HouseholdCoursesPanel), 87, Desk, Wide: true),
        new(typeof(HouseholdRequestsPanel), 88, Desk, NeedsFullDetails: false, Wide: true),
        new(typeof(AccessHistoryPanel), 90, [Roles.PrivacyOfficer], Wide: true),
    ];
}
