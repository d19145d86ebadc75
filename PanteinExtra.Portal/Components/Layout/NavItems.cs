using MudBlazor;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Components.Layout;

/// <summary>A navigation entry and the roles that see it (the page itself checks the same roles on the server).</summary>
public sealed record NavItem(string Title, string Href, string Icon, IReadOnlyList<string> Roles);

public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("Leden zoeken", "/leden", Icons.Material.Filled.PersonSearch, [Core.Common.Roles.CallCentre, Core.Common.Roles.PrivacyOfficer]),
        new("Toegangslog", "/toegangslog", Icons.Material.Filled.ManageSearch, [Core.Common.Roles.PrivacyOfficer]),
    ];
}
