namespace PanteinExtra.Core.Register;

/// <summary>
/// The register's heading, kept once: the controller (verwerkingsverantwoordelijke) and the data-protection
/// officer (FG) with their contact details (Art. 30(1)(a)). There is exactly one row.
/// </summary>
public sealed class RegisterDetails
{
    public static readonly Guid SingletonId = new("5d1c0a4e-0000-4000-8000-000000000030");

    public Guid Id { get; init; } = SingletonId;

    public string ControllerName { get; set; } = "";

    public string? ControllerAddress { get; set; }

    public string? ControllerEmail { get; set; }

    public string? ControllerPhone { get; set; }

    public string OfficerName { get; set; } = "";

    public string? OfficerEmail { get; set; }

    public string? OfficerPhone { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
