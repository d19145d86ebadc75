using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Members;

/// <summary>What the welcome letter says, from the household as it was registered.</summary>
public sealed record WelcomeLetterFacts(
    LetterAddressee To,
    string FullName,
    string MemberNumber,
    DateOnly MemberSince,
    IReadOnlyList<string> Housemates,
    decimal Contribution,
    int ContributionYear,
    PaymentMethod Method,
    IReadOnlyList<SubscriptionKind> ConsentedSubscriptions,
    string? ContactPerson,
    bool ThroughContactPerson,
    IReadOnlyList<string> RecordedData);

/// <summary>
/// The welcome letter a new member receives: the member number and start date, who else is a member through the
/// household, the contribution and how it is paid, the choices made on consent and how to change them, what we recorded
/// and where the privacy statement says the rest. Addressed by name ("Beste Jan de Vries,"): the portal holds no form of
/// address, and a letter never guesses one.
/// </summary>
public static class WelcomeLetter
{
    public static string Text(WelcomeLetterFacts f, LetterSender sender, DateOnly today)
    {
        var parts = new List<string>
        {
            string.Join('\n', [f.To.Name, .. f.To.AddressLines]),
            Dutch.LongDate(today),
            $"Onderwerp: Welkom als lid van {sender.Organisation} (lidnummer {f.MemberNumber})",
            $"Beste {f.FullName},",
            $"Hartelijk welkom als lid van {sender.Organisation}. Uw lidmaatschap gaat in op {Dutch.LongDate(f.MemberSince)}. "
                + $"Uw lidnummer is {f.MemberNumber}. U vindt het ook op uw ledenpas, die u apart ontvangt, samen met het ledenblad."
                + Housemates(f.Housemates),
            $"De contributie voor {f.ContributionYear} is {Dutch.Money(f.Contribution)}. {Payment(f.Method)}",
            Choices(f),
            $"Wij hebben van u vastgelegd: {Dutch.Enumerate(f.RecordedData)}. Klopt er iets niet, of wilt u iets wijzigen? Laat het ons weten. "
                + "In onze privacyverklaring op onze website leest u waarvoor wij uw gegevens gebruiken, hoe lang wij ze bewaren en welke rechten u heeft, "
                + "zoals het recht op inzage en correctie.",
            Contact(sender),
            $"Met vriendelijke groet,\n\nLedenadministratie\n{sender.Organisation}",
        };
        return string.Join("\n\n", parts);
    }

    public static byte[] Pdf(string text, Letterhead letterhead, DateOnly today)
    {
        using var pdf = new PdfLayout($"Welkomstbrief - {Dutch.Date(today)}", letterhead);
        pdf.Paragraph(text);
        return pdf.ToPdf();
    }

    public static string FileName(string memberNumber) => $"welkomstbrief-{memberNumber}.pdf";

    private static string Housemates(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => $" Ook {names[0]} is lid via uw huishouden.",
        _ => $" Ook {Dutch.Enumerate(names)} zijn lid via uw huishouden.",
    };

    private static string Payment(PaymentMethod method) => method switch
    {
        PaymentMethod.DirectDebit => "Wij schrijven dit bedrag automatisch af; u ontvangt vooraf bericht van de datum.",
        PaymentMethod.Invoice => "U ontvangt hiervoor een factuur.",
        PaymentMethod.BankTransfer => "Wilt u dit bedrag overmaken? U ontvangt de gegevens daarvoor apart.",
    };

    private static string Choices(WelcomeLetterFacts f)
    {
        var given = f.ConsentedSubscriptions.Select(k => k switch
        {
            SubscriptionKind.MembersPanel => "het ledenpanel",
            _ => $"de {k.Label()}",
        }).ToList();
        var consent = given.Count == 0
            ? "U heeft bij uw inschrijving geen toestemming gegeven voor de nieuwsbrief, het online magazine of het ledenpanel. Wilt u die later toch ontvangen of meedoen, dan kan dat altijd."
            : $"U heeft ons toestemming gegeven voor {Dutch.Enumerate(given)}. U kunt die toestemming altijd weer intrekken, even gemakkelijk als u haar gaf: bel of mail ons.";
        var contact = f.ContactPerson is null ? ""
            : f.ThroughContactPerson
                ? $" {f.ContactPerson} is uw contactpersoon; op uw verzoek loopt ons contact met u via uw contactpersoon."
                : $" {f.ContactPerson} is uw contactpersoon.";
        return consent + contact;
    }

    private static string Contact(LetterSender sender)
    {
        var ways = new List<string>();
        if (!string.IsNullOrWhiteSpace(sender.Phone))
        {
            ways.Add($"bellen met {sender.Phone}");
        }

        if (!string.IsNullOrWhiteSpace(sender.Email))
        {
            ways.Add($"mailen naar {sender.Email}");
        }

        return ways.Count == 0
            ? "Heeft u vragen? Neem dan contact met ons op en noem uw lidnummer."
            : $"Heeft u vragen? U kunt ons {string.Join(" of ", ways)}. Noemt u dan uw lidnummer.";
    }
}
