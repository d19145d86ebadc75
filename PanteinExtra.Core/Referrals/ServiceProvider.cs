using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Referrals;

/// <summary>
/// A service provider (dienstverlener) members are referred to for home services. Not personal data of members;
/// writes are still audited. <see cref="ProcessorId"/> points into the processing register (no foreign key: the
/// register is its own feature); its agreement status is read through <see cref="IProcessingAgreementStatus"/>.
/// </summary>
[Display(Name = "dienstverlener")]
public sealed class ServiceProvider : IConcurrencyStamped
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

    /// <summary>A provider added to the catalogue as the administrator described it (the input's rules have passed).</summary>
    public static ServiceProvider Add(ServiceProviderInput input)
    {
        var provider = new ServiceProvider { Name = "", Region = "" };
        provider.Revise(input);
        return provider;
    }

    /// <summary>The administrator revises the provider's description, what it receives and whether it is referred to.</summary>
    public void Revise(ServiceProviderInput input)
    {
        Name = input.Name!.Trim();
        Region = input.Region!.Trim();
        Services = [.. input.ServiceNames];
        ContactName = Blank(input.ContactName);
        Phone = Blank(input.Phone);
        Email = Blank(input.Email);
        Website = Blank(input.Website);
        SharedFields = input.SharedFields;
        ProcessingAgreementApplies = input.ProcessingAgreementApplies;
        ProcessorId = input.ProcessorId;
        IsActive = input.IsActive;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
