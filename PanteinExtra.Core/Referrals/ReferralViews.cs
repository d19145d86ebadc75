using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;

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

/// <summary>A provider as the administrator describes it (create or update).</summary>
public sealed record ServiceProviderInput
{
    [Display(Name = "Naam"), Mandatory, MaxText(ReferralLimits.ProviderName)]
    public string? Name { get; set; }

    /// <summary>The services, separated by commas, as typed.</summary>
    [Display(Name = "Diensten"), OffersAService]
    public string? Services { get; set; }

    [Display(Name = "Werkgebied"), Mandatory, MaxText(ReferralLimits.Region)]
    public string? Region { get; set; }

    [Display(Name = "Contactpersoon"), MaxText(ReferralLimits.ContactName)]
    public string? ContactName { get; set; }

    [Display(Name = "Telefoon"), MaxText(ReferralLimits.Phone)]
    [RegularExpression(@"^\s*[0-9 +\-]*\s*$", ErrorMessage = "Een telefoonnummer bevat alleen cijfers, spaties, '-' of '+'.")]
    public string? Phone { get; set; }

    [Display(Name = "E-mailadres"), Email, MaxText(ReferralLimits.Email)]
    public string? Email { get; set; }

    [Display(Name = "Website"), MaxText(ReferralLimits.Website)]
    public string? Website { get; set; }

    [Display(Name = "Gegevens bij een doorverwijzing"), SharesTheName]
    public SharedDataField SharedFields { get; set; } = SharedDataField.Name | SharedDataField.Address | SharedDataField.Phone;

    public bool ProcessingAgreementApplies { get; set; }

    public Guid? ProcessorId { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The stamp the administrator's screen was based on (a change only).</summary>
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>The services as stored: trimmed, without blanks or repeats.</summary>
    public IReadOnlyList<string> ServiceNames => OffersAServiceAttribute.Names(Services);

    public static ServiceProviderInput From(ServiceProviderView p) => new()
    {
        Name = p.Name,
        Services = string.Join(", ", p.Services),
        Region = p.Region,
        ContactName = p.ContactName,
        Phone = p.Phone,
        Email = p.Email,
        Website = p.Website,
        SharedFields = p.SharedFields,
        ProcessingAgreementApplies = p.ProcessingAgreementApplies,
        ProcessorId = p.ProcessorId,
        IsActive = p.IsActive,
        ConcurrencyStamp = p.ConcurrencyStamp,
    };
}

/// <summary>At least one service, each at most <see cref="ReferralLimits.Service"/> characters, in a comma-separated list.</summary>
public sealed class OffersAServiceAttribute() : ValidationAttribute("Noem ten minste één dienst.")
{
    public override bool IsValid(object? value) => Names(value as string).Count > 0;

    public static IReadOnlyList<string> Names(string? services) =>
        (services ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.Length <= ReferralLimits.Service)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>Without the name the provider cannot help the member: every provider receives it.</summary>
public sealed class SharesTheNameAttribute() : ValidationAttribute(
    $"Zonder naam kan de dienstverlener het lid niet helpen: kies ten minste '{SharedDataField.Name.CapitalisedLabel()}'.")
{
    public override bool IsValid(object? value) => value is SharedDataField fields && fields.HasFlag(SharedDataField.Name);
}

/// <summary>One field that a referral would pass on, with the value the provider would receive.</summary>
public sealed record SharedFieldPreview(SharedDataField Field, string? Value);

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

/// <summary>A referral to make: who, to which provider, for which of its services.</summary>
public sealed record ReferralInput
{
    public ReferralInput()
    {
    }

    public ReferralInput(Guid personId, Guid serviceProviderId, string? service, string? note = null)
    {
        PersonId = personId;
        ServiceProviderId = serviceProviderId;
        Service = service;
        Note = note;
    }

    [Display(Name = "Persoon"), Mandatory]
    public Guid? PersonId { get; set; }

    [Display(Name = "Dienstverlener"), Mandatory]
    public Guid? ServiceProviderId { get; set; }

    [Display(Name = "Dienst"), Mandatory, MaxText(ReferralLimits.Service)]
    public string? Service { get; set; }

    [Display(Name = "Notitie voor de doorverwijzing"), MaxText(ReferralLimits.Note)]
    public string? Note { get; set; }
}

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
    IReadOnlyList<Consent.ActingContactPerson> ContactPersons,
    IReadOnlyList<ReferralView> Referrals)
{
    /// <summary>False in the FG's supervision (read-only): no referral is made or closed.</summary>
    public bool MayDecide { get; init; }
}
