using PanteinExtra.Core.Common;

namespace PanteinExtra.Tests.Integration;

/// <summary>
/// Who may open which page: written out by hand, so a page whose attribute drifts from what the business agreed
/// fails a test. Every routable page of the portal must appear here (checked by reflection).
/// </summary>
public static class PageAccessMatrix
{
    public static readonly IReadOnlyDictionary<string, string[]> AllowedRoles = new Dictionary<string, string[]>
    {
        ["/"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/toegangslog"] = [Roles.PrivacyOfficer],
        ["/toegangscontrole"] = [Roles.PrivacyOfficer],
        ["/toegangscontrole/bevindingen/{Id:guid}"] = [Roles.PrivacyOfficer],
        ["/toegangscontrole/maandrapporten"] = [Roles.PrivacyOfficer],
        ["/toegangscontrole/maandrapport/{Month}"] = [Roles.PrivacyOfficer],
        ["/sessies"] = [Roles.PrivacyOfficer],
        ["/datalekken"] = [Roles.PrivacyOfficer],
        ["/datalekken/{Number:int}"] = [Roles.PrivacyOfficer],
        ["/datalekken/{Number:int}/afdrukken"] = [Roles.PrivacyOfficer],
        ["/datalekken/mijn-meldingen"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verzoeken"] = [Roles.PrivacyOfficer],
        ["/verzoeken/nieuw"] = [Roles.CallCentre, Roles.PrivacyOfficer],
        ["/verzoeken/{Id:guid}"] = [Roles.PrivacyOfficer],
        ["/verzoeken/{Id:guid}/inzageoverzicht"] = [Roles.PrivacyOfficer],
        ["/geen-toegang"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/activiteit"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/activiteit/bewerken"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/geschiedenis"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/verwerkers"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/verwerker"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/verwerkers/bewerken"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/importeren"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/gegevens"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/verwerkingsregister/toegangslog"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/beheer/toestemmingsdoelen"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/beheer/dienstverleners"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/bewaartermijnen"] = [Roles.Administrator, Roles.PrivacyOfficer],
        ["/bewaarblokkades"] = [Roles.PrivacyOfficer],
        ["/opschoonruns"] = [Roles.PrivacyOfficer],
        ["/opschoonruns/run"] = [Roles.PrivacyOfficer],
        ["/leden"] = [Roles.CallCentre, Roles.PrivacyOfficer],
        ["/cursussen"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/cursussen/{CourseId:guid}"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/leden/{HouseholdId:guid}"] = [Roles.CallCentre, Roles.PrivacyOfficer],
        ["/leden/nieuw"] = [Roles.CallCentre],
        ["/toegangscontrole/medewerkers"] = [Roles.PrivacyOfficer],
        ["/toegangscontrole/beschermde-huishoudens"] = [Roles.PrivacyOfficer],
        ["/geheimhouding"] = [Roles.CallCentre, Roles.Administrator, Roles.PrivacyOfficer],
        ["/inbox"] = [Roles.CallCentre, Roles.PrivacyOfficer],
        ["/inbox/{Id:guid}"] = [Roles.CallCentre, Roles.PrivacyOfficer],
    };

    /// <summary>Pages anyone may open without signing in.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string> { "/aanmelden", "/fout", "/niet-gevonden" };

    public static TheoryData<string, string> PageRolePairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in AllowedRoles.Keys)
        {
            foreach (var role in Roles.All)
            {
                data.Add(page, role);
            }
        }

        return data;
    }

    public static TheoryData<string> ProtectedPages() => new(AllowedRoles.Keys);
}
