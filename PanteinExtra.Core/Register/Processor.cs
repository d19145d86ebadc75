namespace PanteinExtra.Core.Register;

/// <summary>A processor (verwerker, Art. 28): an organisation that processes personal data on our behalf.</summary>
public sealed class Processor
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public required string Country { get; set; }

    /// <summary>What they do for us, in a sentence.</summary>
    public required string Services { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<ProcessingAgreement> Agreements { get; init; } = [];
}

/// <summary>A processing agreement (verwerkersovereenkomst) with a processor.</summary>
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
