using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>
/// The register's heading, kept once: the controller (verwerkingsverantwoordelijke), any joint controllers, the
/// controller's representative and the data-protection officer (FG) with their contact details (Art. 30(1)(a)). There
/// is exactly one row; corrections go through <see cref="NameController"/>, <see cref="NameJointControllersAndRepresentative"/>
/// and <see cref="NameOfficer"/>.
/// </summary>
[Display(Name = "verantwoordelijke en FG van het register")]
public sealed class RegisterDetails : IConcurrencyStamped
{
    public static readonly Guid SingletonId = new("5d1c0a4e-0000-4000-8000-000000000030");

    public Guid Id { get; init; } = SingletonId;

    public string ControllerName { get; set; } = "";

    public string? ControllerAddress { get; set; }

    public string? ControllerEmail { get; set; }

    public string? ControllerPhone { get; set; }

    /// <summary>Joint controllers (Art. 26) with their contact details, or "geen"; null: not filled in yet.</summary>
    public string? JointControllers { get; set; }

    /// <summary>The controller's representative in the Union (Art. 27) with contact details, or "geen"; null: not filled in yet.</summary>
    public string? Representative { get; set; }

    public string OfficerName { get; set; } = "";

    public string? OfficerEmail { get; set; }

    public string? OfficerPhone { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>The controller and how to reach it; trimmed, blank means none.</summary>
    public void NameController(string name, string? address, string? email, string? phone)
    {
        ControllerName = name.Trim();
        ControllerAddress = RegisterText.Blank(address);
        ControllerEmail = RegisterText.Blank(email);
        ControllerPhone = RegisterText.Blank(phone);
    }

    /// <summary>Joint controllers and the representative, each with contact details or "geen"; trimmed, blank means not filled in.</summary>
    public void NameJointControllersAndRepresentative(string? jointControllers, string? representative)
    {
        JointControllers = RegisterText.Blank(jointControllers);
        Representative = RegisterText.Blank(representative);
    }

    /// <summary>The data-protection officer and how members reach them; trimmed, blank means none.</summary>
    public void NameOfficer(string name, string? email, string? phone)
    {
        OfficerName = name.Trim();
        OfficerEmail = RegisterText.Blank(email);
        OfficerPhone = RegisterText.Blank(phone);
    }
}
