using PanteinExtra.Core.Auditing;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// What of a person's data went to which recipient, when, by whom and on which ground. Append-only. These rows are
/// the recipient list for Art. 19 notifications and for telling a person who received their data.
/// Only field names are kept, never the values.
/// </summary>
[Display(Name = "verstrekking van gegevens")]
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

    /// <summary>What a referral passes on: the provider's fields, to the provider, when and by whom the referral was made, on its consent.</summary>
    public static Disclosure OfReferral(Referral referral, ServiceProvider provider) => new()
    {
        HouseholdId = referral.HouseholdId,
        PersonId = referral.PersonId,
        RecipientKind = ServiceProviderRecipient,
        RecipientId = provider.Id,
        RecipientName = provider.Name,
        ReferralId = referral.Id,
        Fields = provider.SharedFields,
        DisclosedAtUtc = referral.CreatedAtUtc,
        DisclosedByUserId = referral.CreatedByUserId,
        DisclosedByName = referral.CreatedByName,
        LegalBasis = ReferralService.ConsentLegalBasis,
        ConsentEventId = referral.ConsentEventId,
    };

    Guid? IAuditedEntity.AuditHouseholdId => HouseholdId;

    Guid? IAuditedEntity.AuditPersonId => PersonId;
}
