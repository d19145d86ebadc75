using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Members;

/// <summary>
/// The caller check of a call carries over to the later steps of the same call: a privacy request taken down from the
/// caller is verified by the checks the agent already did, not by ticking them a second time.
/// </summary>
public static class CallIdentity
{
    /// <summary>
    /// The call's checks as the identity checks of a request, when the requester is the one who called: the member or a
    /// housemate asking for themself, or the very contact person who called. For anyone else the call proves nothing.
    /// </summary>
    public static RequestIdentityChecks ForRequest(CallerCheckResult call, RequesterKind requester, Guid? requesterContactPersonId)
    {
        var sameCaller = (call.Caller, requester) switch
        {
            (CallerKind.Member or CallerKind.Housemate, RequesterKind.DataSubject or RequesterKind.Housemate) => true,
            (CallerKind.ContactPerson, RequesterKind.ContactPerson) => call.ContactPersonId is { } id && id == requesterContactPersonId,
            _ => false,
        };
        return sameCaller ? Map(call.Checks) : RequestIdentityChecks.None;
    }

    /// <summary>In words, for the intake form: "geboortedatum en postcode", "teruggebeld op bekend nummer".</summary>
    public static string Describe(CallerCheckResult call) => CallerCheckRules.DescribeChecks(call.Checks);

    private static RequestIdentityChecks Map(IdentityChecks checks)
    {
        var mapped = RequestIdentityChecks.None;
        if (checks.HasFlag(IdentityChecks.DateOfBirth))
        {
            mapped |= RequestIdentityChecks.DateOfBirth;
        }

        if (checks.HasFlag(IdentityChecks.PostcodeAndHouseNumber))
        {
            mapped |= RequestIdentityChecks.PostcodeAndHouseNumber;
        }

        if (checks.HasFlag(IdentityChecks.MemberNumber))
        {
            mapped |= RequestIdentityChecks.MemberNumber;
        }

        if (checks.HasFlag(IdentityChecks.CallBackToKnownNumber))
        {
            mapped |= RequestIdentityChecks.CallBackOnKnownNumber;
        }

        return mapped;
    }
}
