namespace PanteinExtra.Core.Requests.Reports;

/// <summary>
/// The access report's fixed text, once for the screen, the PDF and the workbook: the rights of Art. 15(1)(e) and (f)
/// in full, that no automated decisions are made (Art. 15(1)(h)), and how to reach the FG.
/// </summary>
public static class AccessReportText
{
    public const string Title = "Overzicht van uw persoonsgegevens bij Pantein Extra";

    public const string Introduction =
        "U vroeg ons welke persoonsgegevens wij van u hebben. Hieronder staat per onderdeel welke gegevens dat zijn, waarvoor wij ze " +
        "gebruiken, op welke grond, waar ze vandaan komen en hoe lang wij ze bewaren. Daarna leest u per verwerking wie de gegevens " +
        "ontvangen, welke bedrijven ze voor ons verwerken, of ze buiten Europa komen, met wie wij uw gegevens deelden, welke rechten u " +
        "heeft en wanneer onze medewerkers uw gegevens bekeken.";

    /// <summary>Followed by the kinds, e.g. "Contactpersonen, Klachten en Complimenten."</summary>
    public const string NoDataKinds = "Van deze soorten gegevens hebben wij niets van u vastgelegd:";

    /// <summary>A field we keep but hold no value of for this person.</summary>
    public const string Unknown = "Niet bij ons bekend";

    public const string ProcessingHeading = "Waarvoor wij uw gegevens gebruiken, en wie ze verwerken";

    public const string RecipientsHeading = "Aan wie wij uw gegevens verstrekten";

    public const string AutomatedDecisionsHeading = "Geautomatiseerde besluiten";

    public const string RightsHeading = "Uw rechten";

    public const string ConsultationsHeading = "Wanneer onze medewerkers uw gegevens bekeken of wijzigden";

    public const string ProcessingIntroduction =
        "Dit zijn de verwerkingen uit ons verwerkingsregister waarin wij uw gegevens gebruiken. Verwerkers zijn bedrijven die de " +
        "gegevens in onze opdracht en volgens onze instructies verwerken; met elk van hen hebben wij een verwerkersovereenkomst.";

    public const string OtherActivitiesIntroduction =
        "In deze andere verwerkingen uit ons register staan in ons systeem geen gegevens van u:";

    public const string RecipientsIntroduction =
        "Naast de vaste ontvangers die hierboven per verwerking staan, verstrekten wij uw gegevens aan:";

    public const string NoRecipients =
        "Naast de vaste ontvangers die hierboven per verwerking staan, hebben wij uw gegevens aan niemand verstrekt.";

    public const string ConsultationsIntroduction =
        "Per dag ziet u welke functie uw gegevens bekeek of wijzigde, waarvoor, en hoe vaak. Wij noemen de functie van de medewerker, " +
        "niet de naam.";

    public const string NoConsultations = "Onze medewerkers hebben uw gegevens niet bekeken of gewijzigd.";

    public const string AutomatedDecisions =
        "Pantein Extra neemt geen besluiten over u die alleen door een computer worden genomen, zonder dat een medewerker ernaar kijkt. " +
        "Wij maken ook geen profiel van u (artikel 22 AVG).";

    /// <summary>Every right the statement promises, each in a sentence a member can act on.</summary>
    public static readonly IReadOnlyList<(string Right, string Explanation)> Rights =
    [
        ("Inzage (artikel 15 AVG)", "U mag weten welke gegevens wij van u hebben. Dit overzicht is ons antwoord; u kunt het elk jaar kosteloos opnieuw vragen."),
        ("Correctie (artikel 16 AVG)", "Klopt er iets niet of is iets onvolledig, dan passen wij het aan."),
        ("Verwijdering (artikel 17 AVG)", "U kunt vragen uw gegevens te wissen. Wat wij volgens de wet moeten bewaren, zoals de contributieadministratie, wissen wij na afloop van die termijn."),
        ("Beperking (artikel 18 AVG)", "U kunt vragen dat wij uw gegevens tijdelijk niet gebruiken, bijvoorbeeld zolang wij een correctie of uw bezwaar beoordelen."),
        ("Bezwaar (artikel 21 AVG)", "Tegen een verwerking op grond van ons gerechtvaardigd belang, zoals gespreksnotities en klachten, kunt u bezwaar maken. Tegen gebruik voor direct marketing altijd."),
        ("Overdraagbaarheid (artikel 20 AVG)", "Gegevens die u ons zelf gaf, krijgt u op verzoek in een gangbaar bestand, om mee te nemen naar een andere organisatie."),
        ("Toestemming intrekken (artikel 7, lid 3 AVG)", "Een toestemming kunt u altijd intrekken, even gemakkelijk als u haar gaf. Wat wij daarvoor met uw toestemming deden, blijft rechtmatig."),
        ("Klacht (artikel 77 AVG)", RequestLetters.ApComplaint),
    ];

    /// <summary>How to use a right: the FG by name, e-mail and phone, from the register's heading.</summary>
    public static string Contact(LetterSender sender)
    {
        var ways = new[]
        {
            string.IsNullOrWhiteSpace(sender.Email) ? null : $"per e-mail via {sender.Email}",
            string.IsNullOrWhiteSpace(sender.Phone) ? null : $"telefonisch via {sender.Phone}",
        }.OfType<string>().ToList();
        var reach = ways.Count == 0 ? "" : $", {string.Join(" of ", ways)}";
        return $"Wilt u een van deze rechten gebruiken, of heeft u een vraag over dit overzicht? Neem contact op met onze functionaris " +
            $"gegevensbescherming, {sender.OfficerName}{reach}. Wij antwoorden binnen een maand.";
    }
}
