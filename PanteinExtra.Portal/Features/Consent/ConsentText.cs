using MudBlazor;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Portal.Features.Consent;

/// <summary>Dutch words for the consent feature's values, shown in the panels.</summary>
public static class ConsentText
{
    public static string Action(ConsentAction action) => action switch
    {
        ConsentAction.Given => "gegeven",
        ConsentAction.Withdrawn => "ingetrokken",
    };

    public static string State(ConsentStateView state) => state.LastAction is { } action ? Action(action) : "niet gevraagd";

    public static Color StateColor(ConsentStateView state) => state.LastAction switch
    {
        ConsentAction.Given => Color.Success,
        ConsentAction.Withdrawn => Color.Warning,
        null => Color.Default,
    };

    public static string Channel(ConsentChannel channel) => ConsentPurposeKinds.DutchName(channel);

    public static string GivenBy(ConsentGivenBy givenBy, string? contactPersonName) => givenBy switch
    {
        ConsentGivenBy.Person => "het lid zelf",
        ConsentGivenBy.ContactPerson => $"contactpersoon {contactPersonName}",
    };

    public static string Role(PersonRole role) => role switch
    {
        PersonRole.MainMember => "hoofdlid",
        PersonRole.Housemate => "huisgenoot",
    };

    public static string Moment(DateTime? utc) => utc is { } u ? DutchTime.ToDutch(u).ToString("dd-MM-yyyy HH:mm") : "";

    /// <summary>The purposes of use an employee can declare on this page (the household view may set its own first).</summary>
    public static readonly IReadOnlyList<string> PurposesOfUse =
    [
        "telefonisch contact met het lid",
        "telefonisch contact met de contactpersoon",
        "schriftelijk verzoek van het lid",
        "behandeling privacyverzoek",
        "toezicht door de FG",
    ];
}
