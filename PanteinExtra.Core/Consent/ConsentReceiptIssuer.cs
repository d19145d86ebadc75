namespace PanteinExtra.Core.Consent;

/// <summary>
/// The controller as named in consent receipts (27560 "pii controllers" and party fields). Registered with these
/// defaults; a host may register its own instance first.
/// </summary>
public sealed record ConsentReceiptIssuer
{
    public string PartyId { get; init; } = "urn:pantein-extra:controller";

    public string Name { get; init; } = "Pantein Extra";

    public string Address { get; init; } = "Pantein Extra, Boxmeer, Nederland";

    public string Url { get; init; } = "https://www.panteinextra.nl";

    public string Contact { get; init; } = "Functionaris Gegevensbescherming van Pantein Extra, via https://www.panteinextra.nl";

    public string PrivacyNoticeUrl { get; init; } = "https://www.panteinextra.nl/privacy";

    public string WithdrawalMethod { get; init; } =
        "Intrekken kan op elk moment, even eenvoudig als geven: telefonisch, per e-mail, per brief, via de website of persoonlijk. "
        + "Het intrekken geldt direct voor de toekomst.";

    /// <summary>Only where no retention policy says it (see <see cref="ConsentReceiptBuilder.Input.ConsentRecordRetention"/>).</summary>
    public string RetentionPeriod { get; init; } =
        "Zolang de toestemming geldt, en daarna zolang nodig is om aan te tonen dat zij gegeven en ingetrokken is.";

    public string AuthorityParty { get; init; } = "Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl)";
}
