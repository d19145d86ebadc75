using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// Dutch letter drafts for each step of a request; the FG edits them before sending, and what was sent is kept. Every
/// letter is addressed from the data we hold ("Geachte mevrouw Van der Berg,", or "Geachte heer, mevrouw," when we do
/// not know how to address the member), names the request, and tells how to reach the FG. A decision (completed or
/// rejected) names its reasons, the right to complain to the Autoriteit Persoonsgegevens and the right to go to court
/// (Art. 12(4) AVG; Art. 35 UAVG).
/// </summary>
public static class RequestLetters
{
    public const string UnknownSalutation = "Geachte heer, mevrouw,";

    public const string ApComplaint =
        "U heeft ook het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens, via www.autoriteitpersoonsgegevens.nl " +
        "of per post: Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag.";

    public const string Court =
        "Daarnaast kunt u de rechter vragen over uw verzoek te beslissen. Dat doet u met een verzoekschrift aan de rechtbank, " +
        "binnen zes weken nadat u deze brief heeft ontvangen (artikel 79 AVG en artikel 35 UAVG).";

    /// <summary>The draft of a letter of this kind; for an extension, <paramref name="extensionReason"/> is the reason given with it.</summary>
    public static string Draft(LetterKind kind, RequestDetails request, LetterSender sender, DateOnly today, string? extensionReason = null)
    {
        var s = request.Summary;
        var received = $"Op {Dutch.LongDate(s.ReceivedOn)} hebben wij {About(s.Type)} ontvangen.";
        var body = kind switch
        {
            LetterKind.Received =>
                $"{received} Wij sturen u uiterlijk op {Dutch.LongDate(s.Deadline)} ons antwoord. " +
                "Mogelijk vragen wij u eerst te bevestigen dat het verzoek van u komt. Daarvoor gebruiken wij zo veel mogelijk gegevens die wij al van u hebben.",
            LetterKind.IdentityQuestion =>
                $"{received} Voordat wij uw verzoek kunnen behandelen, moeten wij zeker weten dat het van u komt. " +
                $"Wilt u ons daarom uiterlijk op {Dutch.LongDate(IdentityRule.AnswerDueOn(today))} twee van deze gegevens sturen: uw lidnummer, " +
                "uw geboortedatum, of uw postcode en huisnummer? U kunt ons ook bellen; dan bellen wij u terug op het telefoonnummer dat bij ons bekend is. " +
                "Stuurt u ons geen kopie van uw identiteitsbewijs, tenzij wij daar later uitdrukkelijk om vragen.\n\n" +
                "Hebben wij op die datum niets van u ontvangen, dan kunnen wij uw verzoek niet uitvoeren. U kunt het daarna altijd opnieuw indienen.",
            LetterKind.Extended =>
                $"{received} Wij hebben meer tijd nodig om uw verzoek zorgvuldig af te handelen. " +
                $"De reden is: {Sentence(extensionReason ?? request.ExtensionReason)} " +
                "De wet staat ons toe de termijn daarom met twee maanden te verlengen (artikel 12, lid 3 AVG). " +
                $"U ontvangt ons antwoord uiterlijk op {Dutch.LongDate(LegalDeadlines.ExtendedDeadline(s.ReceivedOn))}.",
            LetterKind.Completed =>
                $"{received} Wij hebben uw verzoek afgehandeld." + Paragraph(request.Outcome),
            LetterKind.Rejected =>
                $"{received} Wij hebben uw verzoek zorgvuldig bekeken, maar wij kunnen het helaas niet uitvoeren, omdat {Because(request.RejectionReason)}." +
                Paragraph(IdentityHistory(request)) + Paragraph(request.Outcome),
        };
        var rights = kind is LetterKind.Completed or LetterKind.Rejected
            ? $"\n\nBent u het niet eens met onze beslissing? Laat het ons dan weten; onze functionaris gegevensbescherming bekijkt uw verzoek dan opnieuw. {ApComplaint} {Court}"
            : "";
        var letter = new List<string>();
        if (request.Addressee is { } to)
        {
            letter.Add(string.Join('\n', [NameLine(request.FormOfAddress, to.Name), .. to.AddressLines]));
        }

        letter.Add(Dutch.LongDate(today));
        letter.Add($"Onderwerp: {Labels.Capitalise(About(s.Type))} (verzoek #{s.Number})");
        letter.Add(Salutation(request.FormOfAddress, request.Addressee?.Surname));
        letter.Add(body + rights);
        letter.Add(Contact(sender, s.Number));
        letter.Add($"Met vriendelijke groet,\n\n{sender.OfficerName}\nFunctionaris gegevensbescherming, {sender.Organisation}" +
            (string.IsNullOrWhiteSpace(sender.OrganisationAddress) ? "" : $"\n{sender.OrganisationAddress}"));
        return string.Join("\n\n", letter);
    }

    /// <summary>"Geachte mevrouw Van der Berg,": a surname's first word is capitalised when no given name precedes it.</summary>
    public static string Salutation(FormOfAddress form, string? surname) =>
        form == FormOfAddress.Unknown || string.IsNullOrWhiteSpace(surname)
            ? UnknownSalutation
            : $"Geachte {form.Label()} {Labels.Capitalise(surname.Trim())},";

    /// <summary>The name above the address: "Mevrouw J. van der Berg", "De heer K. de Vries", or only the name.</summary>
    public static string NameLine(FormOfAddress form, string name) => form switch
    {
        FormOfAddress.Madam => $"Mevrouw {name}",
        FormOfAddress.Sir => $"De heer {name}",
        FormOfAddress.Unknown => name,
    };

    /// <summary>What the request is, as the letter says it: "uw verzoek om inzage in uw persoonsgegevens".</summary>
    public static string About(RequestType type) => type switch
    {
        RequestType.Access => "uw verzoek om inzage in uw persoonsgegevens",
        RequestType.Rectification => "uw verzoek om correctie van uw persoonsgegevens",
        RequestType.Erasure => "uw verzoek om verwijdering van uw persoonsgegevens",
        RequestType.Objection => "uw bezwaar tegen het gebruik van uw persoonsgegevens",
        RequestType.Restriction => "uw verzoek om beperking van het gebruik van uw persoonsgegevens",
        RequestType.Portability => "uw verzoek om uw persoonsgegevens over te dragen",
        RequestType.WithdrawConsent => "uw verzoek om uw toestemming in te trekken",
    };

    /// <summary>The reason of a rejection as a subordinate clause after "omdat".</summary>
    public static string Because(RejectionReason? reason) => reason switch
    {
        RejectionReason.IdentityNotEstablished => "wij niet hebben kunnen vaststellen dat het verzoek van u komt (artikel 12, lid 2 en 6 AVG)",
        RejectionReason.ManifestlyUnfounded => "het verzoek kennelijk ongegrond is (artikel 12, lid 5 AVG)",
        RejectionReason.Excessive => "het verzoek buitensporig is, met name omdat het een herhaling is van eerdere verzoeken (artikel 12, lid 5 AVG)",
        RejectionReason.ErasureException => "wij wettelijk verplicht zijn deze gegevens te bewaren, of ze nodig hebben voor een rechtsvordering (artikel 17, lid 3 AVG)",
        RejectionReason.RequesterNotAuthorised => "het verzoek is gedaan door iemand die niet bevoegd is om dat namens u te doen",
        RejectionReason.NoDataHeld => "wij geen persoonsgegevens van u verwerken",
        null => "wij het verzoek niet kunnen uitvoeren",
    };

    /// <summary>For a rejection on identity: when and how we asked, and until when we waited.</summary>
    private static string? IdentityHistory(RequestDetails r)
    {
        if (r.RejectionReason != RejectionReason.IdentityNotEstablished || r.IdentityAskedOn is not { } asked || r.IdentityAnswerDueOn is not { } due)
        {
            return null;
        }

        var how = r.IdentityAskedBy == IdentityQuestionWay.CallBack
            ? $"Op {Dutch.LongDate(asked)} hebben wij u teruggebeld op het telefoonnummer dat bij ons bekend is, om te bevestigen dat het verzoek van u komt."
            : $"Op {Dutch.LongDate(asked)} hebben wij u per brief om aanvullende gegevens gevraagd, om te bevestigen dat het verzoek van u komt.";
        return $"{how} Tot en met {Dutch.LongDate(due)} hebben wij geen gegevens ontvangen waarmee wij uw identiteit konden vaststellen. " +
            "Wij mogen uw gegevens alleen aan u geven of voor u wijzigen als wij zeker weten dat u het bent. U kunt uw verzoek altijd opnieuw indienen.";
    }

    private static string Contact(LetterSender sender, int number)
    {
        var ways = string.Join(" of ", new[] { sender.Email, sender.Phone }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var reach = ways.Length > 0 ? $", via {ways}" : string.IsNullOrWhiteSpace(sender.OrganisationAddress) ? "" : $", per post: {sender.OrganisationAddress}";
        return $"Heeft u vragen? Neem dan contact op met onze functionaris gegevensbescherming, {sender.OfficerName}{reach}. Vermeld daarbij \"verzoek #{number}\".";
    }

    private static string Paragraph(string? text) => string.IsNullOrWhiteSpace(text) ? "" : $"\n\n{text.Trim()}";

    private static string Sentence(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.');
        return t.Length == 0 ? "" : $"{t}.";
    }
}
