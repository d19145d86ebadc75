using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// What of a person's data went to which recipient, when, by whom and on which ground. Append-only. These rows are
/// the recipient list for Art. 19 notifications and for telling a person who received their data.
/// Only field names are kept, never the values.
/// </summary>
public sealed class Disclosure : IAuditedEntity
{
    public const string ServiceProviderRecipient = "ServiceProvider";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; init; }

    public Guid PersonId { get; init; }

    /// <summary>The kind of recipient; <see cref="ServiceProviderRecipient"/> for referrals.</summary>
    public required string RecipientKind { get; init; }

    public Guid RecipientId { get; init; }

    /// <summary>The recipient's name at the time, so the list stays readable if the catalogue changes.</summary>
    public required string RecipientName { get; init; }

    public Guid? ReferralId { get; init; }

    public SharedDataField Fields { get; init; }

    public DateTime DisclosedAtUtc { get; init; }

    public required string DisclosedByUserId { get; init; }

    public required string DisclosedByName { get; init; }

    /// <summary>E.g. "toestemming (AVG art. 6 lid 1 a)".</summary>
    public required string LegalBasis { get; init; }

    public Guid? ConsentEventId { get; init; }

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
