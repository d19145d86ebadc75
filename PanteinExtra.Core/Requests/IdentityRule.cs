namespace PanteinExtra.Core.Requests;

/// <summary>
/// Proportional identity verification: prefer what we already hold. Verified by two knowledge checks (member number,
/// date of birth, postcode and house number), or by something only the person has (a call-back on the known number, a
/// reply from the known e-mail address), or, as the last resort, an ID document seen with BSN and photo masked.
/// </summary>
public static class IdentityRule
{
    public static bool IsVerified(RequestIdentityChecks checks)
    {
        var knowledge = new[] { RequestIdentityChecks.MemberNumber, RequestIdentityChecks.DateOfBirth, RequestIdentityChecks.PostcodeAndHouseNumber }
            .Count(c => checks.HasFlag(c));
        return knowledge >= 2
            || checks.HasFlag(RequestIdentityChecks.CallBackOnKnownNumber)
            || checks.HasFlag(RequestIdentityChecks.ReplyFromKnownEmail)
            || checks.HasFlag(RequestIdentityChecks.IdDocumentSeenMasked);
    }
}
