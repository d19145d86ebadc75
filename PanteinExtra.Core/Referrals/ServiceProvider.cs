namespace PanteinExtra.Core.Referrals;

/// <summary>
/// A service provider (dienstverlener) members are referred to for home services. Not personal data of members;
/// writes are still audited. <see cref="ProcessorId"/> points into the processing register (no foreign key: the
/// register is its own feature); its agreement status is read through <see cref="IProcessingAgreementStatus"/>.
/// </summary>
public sealed class ServiceProvider
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The services an agent can refer to, e.g. "huishoudelijke hulp", "klussendienst".</summary>
    public List<string> Services { get; set; } = [];

    /// <summary>Where it works, e.g. "Land van Cuijk" or postcode area "5400-5499".</summary>
    public required string Region { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    /// <summary>What a referral passes on to this provider: shown to the agent, recorded per disclosure.</summary>
    public SharedDataField SharedFields { get; set; } = SharedDataField.Name | SharedDataField.Address | SharedDataField.Phone;

    /// <summary>Whether the provider processes data on our behalf, so a processing agreement (verwerkersovereenkomst) applies.</summary>
    public bool ProcessingAgreementApplies { get; set; }

    /// <summary>The processor in the processing register, when linked.</summary>
    public Guid? ProcessorId { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
