using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Members;

/// <summary>
/// What the desk shows of a household whose data was erased, and nothing more: its member number (kept as the fiscal
/// ledger key, or a meaningless replacement), that the membership ended (with the day) and that its data was erased.
/// </summary>
public sealed record ErasedHousehold(Guid HouseholdId, string MemberNumber, DateOnly? MembershipEndedOn)
{
    /// <summary>"Lidmaatschap beëindigd op 3 maart 2026, gegevens gewist".</summary>
    public string Notice => Describe(MembershipEndedOn);

    public static string Describe(DateOnly? membershipEndedOn) =>
        membershipEndedOn is { } ended
            ? $"Lidmaatschap beëindigd op {Dutch.LongDate(ended)}, gegevens gewist"
            : "Lidmaatschap beëindigd, gegevens gewist";
}
