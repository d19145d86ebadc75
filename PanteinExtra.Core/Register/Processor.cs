using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>
/// A processor (verwerker, Art. 28): an organisation that processes personal data on our behalf. The administrator's
/// corrections go through <see cref="Describe"/> and <see cref="ChangeContact"/>.
/// </summary>
[Display(Name = "verwerker")]
public sealed class Processor : IConcurrencyStamped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string Country { get; set; } = "";

    /// <summary>What they do for us, in a sentence.</summary>
    public string Services { get; set; } = "";

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ProcessingAgreement> Agreements { get; init; } = [];

    /// <summary>Who the processor is, where it is established and what it does for us; trimmed, so one spelling is kept.</summary>
    public void Describe(string name, string country, string services)
    {
        Name = name.Trim();
        Country = country.Trim();
        Services = services.Trim();
    }

    /// <summary>Whom we contact there; blank means none.</summary>
    public void ChangeContact(string? name, string? email, string? phone)
    {
        ContactName = RegisterText.Blank(name);
        ContactEmail = DutchFormats.NormaliseEmail(email);
        ContactPhone = RegisterText.Blank(phone);
    }
}

/// <summary>A processing agreement (verwerkersovereenkomst) with a processor.</summary>
[Display(Name = "verwerkersovereenkomst")]
public sealed class ProcessingAgreement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProcessorId { get; init; }

    public DateOnly SignedOn { get; set; }

    /// <summary>Null: runs as long as the main contract.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Where the signed document is kept (document number or location), not the document itself.</summary>
    public required string DocumentReference { get; set; }

    /// <summary>Which processing the agreement covers.</summary>
    public required string Scope { get; set; }
}
