namespace PanteinExtra.Core.Requests;

/// <summary>Dutch words for request values, shared by letters and pages.</summary>
public static class RequestText
{
    public static string Type(RequestType type) => type switch
    {
        RequestType.Access => "inzage",
        RequestType.Rectification => "correctie",
        RequestType.Erasure => "verwijdering",
        RequestType.Objection => "bezwaar",
        RequestType.Restriction => "beperking van de verwerking",
        RequestType.Portability => "gegevensoverdraagbaarheid",
        RequestType.WithdrawConsent => "intrekken van toestemming",
    };

    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Received => "ontvangen",
        RequestStatus.IdentityCheck => "identiteitscontrole",
        RequestStatus.InProgress => "in behandeling",
        RequestStatus.Extended => "verlengd",
        RequestStatus.Completed => "afgehandeld",
        RequestStatus.Rejected => "afgewezen",
    };

    public static string Reason(RejectionReason reason) => reason switch
    {
        RejectionReason.IdentityNotEstablished => "wij hebben uw identiteit niet kunnen vaststellen",
        RejectionReason.ManifestlyUnfounded => "het verzoek is kennelijk ongegrond (artikel 12, lid 5 AVG)",
        RejectionReason.Excessive => "het verzoek is buitensporig, met name door het repetitieve karakter (artikel 12, lid 5 AVG)",
        RejectionReason.ErasureException => "wij zijn wettelijk verplicht de gegevens te bewaren of hebben ze nodig voor een rechtsvordering (artikel 17, lid 3 AVG)",
        RejectionReason.RequesterNotAuthorised => "de aanvrager is niet bevoegd om dit verzoek namens de betrokkene te doen",
        RejectionReason.NoDataHeld => "wij verwerken geen persoonsgegevens van de betrokkene",
    };

    public static string Requester(RequesterKind kind) => kind switch
    {
        RequesterKind.DataSubject => "de betrokkene zelf",
        RequesterKind.Housemate => "een huisgenoot",
        RequesterKind.ContactPerson => "een contactpersoon",
        RequesterKind.Other => "iemand anders",
    };
}
