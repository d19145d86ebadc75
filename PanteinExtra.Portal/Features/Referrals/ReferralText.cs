using MudBlazor;
using PanteinExtra.Core.Referrals;

namespace PanteinExtra.Portal.Features.Referrals;

/// <summary>Dutch words for the referral feature's values.</summary>
public static class ReferralText
{
    public static string Status(ReferralStatus status) => status switch
    {
        ReferralStatus.Open => "open",
        ReferralStatus.Completed => "afgerond",
        ReferralStatus.Cancelled => "geannuleerd",
    };

    public static Color StatusColor(ReferralStatus status) => status switch
    {
        ReferralStatus.Open => Color.Info,
        ReferralStatus.Completed => Color.Success,
        ReferralStatus.Cancelled => Color.Default,
    };

    public static string Fields(SharedDataField fields) =>
        string.Join(", ", SharedDataFields.Split(fields).Select(SharedDataFields.DutchName));

    public static string Agreement(ProcessingAgreementState state) => ProcessingAgreementStates.DutchName(state);
}
