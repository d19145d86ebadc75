using MudBlazor;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Components.Layout;

/// <summary>A navigation entry and the roles that see it (the page itself checks the same roles on the server).</summary>
public sealed record NavItem(string Title, string Href, string Icon, IReadOnlyList<string> Roles);

public static class NavItems
{
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("Verwerkingsregister", "/verwerkingsregister", Icons.Material.Filled.MenuBook,
            [Core.Common.Roles.CallCentre, Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Privacyverzoeken", "/verzoeken", Icons.Material.Filled.Gavel, [Core.Common.Roles.PrivacyOfficer]),
        new("Leden zoeken", "/leden", Icons.Material.Filled.PersonSearch, [Core.Common.Roles.CallCentre, Core.Common.Roles.PrivacyOfficer]),
        new("Lid inschrijven", "/leden/nieuw", Icons.Material.Filled.PersonAdd, [Core.Common.Roles.CallCentre]),
        new("Websiteformulieren", "/inbox", Icons.Material.Filled.Inbox, [Core.Common.Roles.CallCentre, Core.Common.Roles.PrivacyOfficer]),
        new("Cursussen en bijeenkomsten", "/cursussen", Icons.Material.Filled.Event,
            [Core.Common.Roles.CallCentre, Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Datalekken", "/datalekken", Icons.Material.Filled.ReportProblem, [Core.Common.Roles.PrivacyOfficer]),
        new("Mijn datalekmeldingen", "/datalekken/mijn-meldingen", Icons.Material.Filled.Report,
            [Core.Common.Roles.CallCentre, Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Toegangslog", "/toegangslog", Icons.Material.Filled.ManageSearch, [Core.Common.Roles.PrivacyOfficer]),
        new("Logcontrole", "/toegangscontrole", Icons.Material.Filled.FactCheck, [Core.Common.Roles.PrivacyOfficer]),
        new("Sessies", "/sessies", Icons.Material.Filled.Devices, [Core.Common.Roles.PrivacyOfficer]),
        new("Personeelsoverzicht", "/toegangscontrole/medewerkers", Icons.Material.Filled.Badge, [Core.Common.Roles.PrivacyOfficer]),
        new("Beschermde huishoudens", "/toegangscontrole/beschermde-huishoudens", Icons.Material.Filled.Shield, [Core.Common.Roles.PrivacyOfficer]),
        new("Geheimhoudingsplicht", "/geheimhouding", Icons.Material.Filled.VerifiedUser,
            [Core.Common.Roles.CallCentre, Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Toestemmingsdoelen", "/beheer/toestemmingsdoelen", Icons.Material.Filled.FactCheck, [Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Dienstverleners", "/beheer/dienstverleners", Icons.Material.Filled.HomeRepairService, [Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Bewaartermijnen", "/bewaartermijnen", Icons.Material.Filled.EventRepeat, [Core.Common.Roles.Administrator, Core.Common.Roles.PrivacyOfficer]),
        new("Bewaarblokkades", "/bewaarblokkades", Icons.Material.Filled.Lock, [Core.Common.Roles.PrivacyOfficer]),
        new("Opschoonruns", "/opschoonruns", Icons.Material.Filled.CleaningServices, [Core.Common.Roles.PrivacyOfficer]),
    ];
}
