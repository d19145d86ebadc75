using PanteinExtra.Core.Consent;

namespace PanteinExtra.Core.Members;

/// <summary>
/// A consent question asked at sign-up, in the wording of its current version (read aloud on the phone, so the record
/// says what was asked).
/// </summary>
public sealed record SignUpQuestion(Guid PurposeId, ConsentPurposeKind Kind, string Name, string Wording, int Version)
{
    /// <summary>
    /// The questions of a sign-up: the newsletter, the online magazine, the members' panel, and contact through the
    /// contact person (asked only when one is named). Referral sharing is asked when a referral is made, not here.
    /// </summary>
    public static readonly IReadOnlyList<ConsentPurposeKind> Kinds =
        [ConsentPurposeKind.Newsletter, ConsentPurposeKind.OnlineMagazine, ConsentPurposeKind.MembersPanel, ConsentPurposeKind.ContactThroughContactPerson];
}

/// <summary>A household that may be the same as the one being registered, and why it looks like it.</summary>
public sealed record LikelyDuplicate(
    Guid HouseholdId, string MemberNumber, string MainMember, string Address, MembershipStatus Status, IReadOnlyList<string> Reasons);

/// <summary>The new household, with its member number.</summary>
public sealed record NewMembership(Guid HouseholdId, string MemberNumber);
