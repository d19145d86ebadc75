namespace PanteinExtra.Core.Referrals;

/// <summary>A provider as the catalogue shows it, with the agreement status read from the register.</summary>
public sealed record ServiceProviderView(
    Guid Id,
    string Name,
    IReadOnlyList<string> Services,
    string Region,
    string? ContactName,
    string? Phone,
    string? Email,
    string? Website,
    SharedDataField SharedFields,
    bool ProcessingAgreementApplies,
    Guid? ProcessorId,
    ProcessingAgreementState AgreementState,
    bool IsActive,
    Guid ConcurrencyStamp);

/// <summary>Input for a provider (create or update).</summary>
public sealed record ServiceProviderInput(
    string Name,
    IReadOnlyList<string> Services,
    string Region,
    string? ContactName,
    string? Phone,
    string? Email,
    string? Website,
    SharedDataField SharedFields,
    bool ProcessingAgreementApplies,
    Guid? ProcessorId,
    bool IsActive = true);

/// <summary>One field that a referral would pass on, with the value the provider would receive.</summary>
public sealed record SharedFieldPreview(SharedDataField Field, string Label, string? Value);

/// <summary>
/// What the agent sees before referring: exactly which data goes to whom, and whether a valid consent allows it.
/// When it does not, <see cref="ConsentPurposeId"/> and <see cref="ConsentWording"/> let the agent record it on the call.
/// </summary>
public sealed record ReferralPreview(
    Guid PersonId,
    string PersonName,
    Guid ServiceProviderId,
    string ServiceProviderName,
    IReadOnlyList<string> Services,
    IReadOnlyList<SharedFieldPreview> Fields,
    bool HasValidConsent,
    DateTime? ConsentGivenAtUtc,
    int? ConsentVersion,
    Guid? ConsentPurposeId,
    string? ConsentWording,
    ProcessingAgreementState AgreementState);

public sealed record ReferralInput(Guid PersonId, Guid ServiceProviderId, string Service, string? Note = null);

/// <summary>A referral made: what was shared with whom, recorded as a disclosure.</summary>
public sealed record ReferralMade(Guid ReferralId, Guid DisclosureId, SharedDataField Fields, DateTime DisclosedAtUtc);

public sealed record ReferralView(
    Guid Id,
    Guid PersonId,
    string PersonName,
    Guid ServiceProviderId,
    string ServiceProviderName,
    string Service,
    ReferralStatus Status,
    DateTime CreatedAtUtc,
    string CreatedByName,
    DateTime? ConsentWithdrawnAtUtc,
    bool NeedsAttention,
    SharedDataField SharedFields,
    string? Note,
    Guid ConcurrencyStamp);

/// <summary>A recipient of a person's data (Art. 19 / Art. 15(1)(c)): who, since when, last when, which fields.</summary>
public sealed record DataRecipient(
    string RecipientKind,
    Guid RecipientId,
    string RecipientName,
    DateTime FirstDisclosedAtUtc,
    DateTime LastDisclosedAtUtc,
    SharedDataField Fields,
    int Disclosures);

/// <summary>A household member as a referral form offers them.</summary>
public sealed record ReferablePerson(Guid Id, string FullName);

/// <summary>The household's referrals (flagged first), its members, and who may decide on consent for them.</summary>
public sealed record HouseholdReferrals(
    IReadOnlyList<ReferablePerson> Persons,
    IReadOnlyList<PanteinExtra.Core.Consent.ActingContactPerson> ContactPersons,
    IReadOnlyList<ReferralView> Referrals);
