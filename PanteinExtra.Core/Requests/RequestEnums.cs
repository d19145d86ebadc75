namespace PanteinExtra.Core.Requests;

/// <summary>The rights of the privacy statement.</summary>
public enum RequestType
{
    [Display(Name = "inzage")] Access,
    [Display(Name = "correctie")] Rectification,
    [Display(Name = "verwijdering")] Erasure,
    [Display(Name = "bezwaar")] Objection,
    [Display(Name = "beperking van de verwerking")] Restriction,
    [Display(Name = "gegevensoverdraagbaarheid")] Portability,
    [Display(Name = "intrekken van toestemming")] WithdrawConsent,
}

public enum RequestStatus
{
    [Display(Name = "ontvangen")] Received,
    [Display(Name = "identiteitscontrole")] IdentityCheck,
    [Display(Name = "in behandeling")] InProgress,
    [Display(Name = "verlengd")] Extended,
    [Display(Name = "afgehandeld")] Completed,
    [Display(Name = "afgewezen")] Rejected,
}

/// <summary>Who asks, relative to the person the request is about.</summary>
public enum RequesterKind
{
    [Display(Name = "de betrokkene zelf")] DataSubject,
    [Display(Name = "een huisgenoot")] Housemate,
    [Display(Name = "een contactpersoon")] ContactPerson,
    [Display(Name = "iemand anders")] Other,
}

/// <summary>Proportional identity checks against data already held (a copy of an ID document is the last resort).</summary>
[Flags]
public enum RequestIdentityChecks
{
    [Display(Name = "nog geen")] None = 0,
    [Display(Name = "lidnummer klopt")] MemberNumber = 1,
    [Display(Name = "geboortedatum klopt")] DateOfBirth = 2,
    [Display(Name = "postcode en huisnummer kloppen")] PostcodeAndHouseNumber = 4,
    [Display(Name = "teruggebeld op bekend nummer")] CallBackOnKnownNumber = 8,
    [Display(Name = "antwoord van bekend e-mailadres")] ReplyFromKnownEmail = 16,
    [Display(Name = "identiteitsbewijs gezien (BSN en foto afgeschermd, niet bewaard)")] IdDocumentSeenMasked = 32,
}

/// <summary>
/// Legal grounds to reject (or partly refuse) a request. The label reads as the reason in the letter: "omdat
/// wij uw identiteit niet hebben kunnen vaststellen".
/// </summary>
public enum RejectionReason
{
    [Display(Name = "wij hebben uw identiteit niet kunnen vaststellen")] IdentityNotEstablished,
    [Display(Name = "het verzoek is kennelijk ongegrond (artikel 12, lid 5 AVG)")] ManifestlyUnfounded,
    [Display(Name = "het verzoek is buitensporig, met name door het repetitieve karakter (artikel 12, lid 5 AVG)")] Excessive,
    [Display(Name = "wij zijn wettelijk verplicht de gegevens te bewaren of hebben ze nodig voor een rechtsvordering (artikel 17, lid 3 AVG)")] ErasureException,
    [Display(Name = "de aanvrager is niet bevoegd om dit verzoek namens de betrokkene te doen")] RequesterNotAuthorised,
    [Display(Name = "wij verwerken geen persoonsgegevens van de betrokkene")] NoDataHeld,
}

public enum LetterKind
{
    [Display(Name = "ontvangstbevestiging")] Received,
    [Display(Name = "verlenging")] Extended,
    [Display(Name = "afhandeling")] Completed,
    [Display(Name = "afwijzing")] Rejected,
}
