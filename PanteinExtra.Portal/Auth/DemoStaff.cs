using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Auth;

/// <summary>An employee offered by the development sign-in.</summary>
public sealed record DemoEmployee(string Id, string Name, string Role, string Department);

/// <summary>The demo staff of the development sign-in: two call-centre agents, an administrator and the FG.</summary>
public static class DemoStaff
{
    public static readonly IReadOnlyList<DemoEmployee> All =
    [
        new("demo-klantcontact-1", "Sanne de Jong", Roles.CallCentre, "Klantcontactcentrum"),
        new("demo-klantcontact-2", "Daan van den Berg", Roles.CallCentre, "Klantcontactcentrum"),
        new("demo-beheerder", "Ingrid Visser", Roles.Administrator, "Informatiebeheer"),
        new("demo-fg", "Mohammed el Amrani", Roles.PrivacyOfficer, "Functionaris Gegevensbescherming"),
    ];

    public static DemoEmployee? Find(string? id) => All.FirstOrDefault(e => e.Id == id);
}
