using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// Proportional identity verification: prefer what we already hold. Verified by two knowledge checks (member number,
/// date of birth, postcode and house number), or by something only the person has (a call-back on the known number, a
/// reply from the known e-mail address), or, as the last resort, an ID document seen with BSN and photo masked.
/// Identity is asked before it is refused (Art. 12(2) and (6)): a request is rejected for identity only after the FG
/// asked for more information and the answer period (<see cref="AnswerDays"/>, ADR 156) passed without it.
/// </summary>
public static class IdentityRule
{
    /// <summary>The days the requester has to answer a question for more information (ADR 156).</summary>
    public const int AnswerDays = 14;

    public const string AskFirst =
        "Vraag eerst om aanvullende gegevens (per brief of door terug te bellen) voordat u afwijst omdat de identiteit niet vast te stellen is (artikel 12, lid 2 en 6 AVG).";

    public const string AlreadyVerified = "De identiteit is al vastgesteld; om die reden kan het verzoek niet worden afgewezen.";

    public static bool IsVerified(RequestIdentityChecks checks)
    {
        var knowledge = new[] { RequestIdentityChecks.MemberNumber, RequestIdentityChecks.DateOfBirth, RequestIdentityChecks.PostcodeAndHouseNumber }
            .Count(c => checks.HasFlag(c));
        return knowledge >= 2
            || checks.HasFlag(RequestIdentityChecks.CallBackOnKnownNumber)
            || checks.HasFlag(RequestIdentityChecks.ReplyFromKnownEmail)
            || checks.HasFlag(RequestIdentityChecks.IdDocumentSeenMasked);
    }

    /// <summary>The last day to answer a question asked today: <see cref="AnswerDays"/> days, on a working day.</summary>
    public static DateOnly AnswerDueOn(DateOnly askedOn) => LegalDeadlines.NextWorkingDayFrom(askedOn.AddDays(AnswerDays));

    /// <summary>
    /// Null when a request may be rejected because its identity could not be established, otherwise the Dutch reason
    /// it may not: identity is verified, nothing was asked yet, or the answer period still runs.
    /// </summary>
    public static string? RejectionRefusal(bool identityVerified, DateOnly? answerDueOn, DateOnly today) =>
        identityVerified ? AlreadyVerified
        : answerDueOn is not { } due ? AskFirst
        : today <= due ? $"De aanvrager heeft tot en met {Dutch.LongDate(due)} om de gevraagde gegevens te sturen; pas daarna kan het verzoek om die reden worden afgewezen."
        : null;
}
