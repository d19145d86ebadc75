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
/// Legal grounds to reject (or partly refuse) a request, as the FG picks them and the timeline names them. The letter
/// says each one as a full sentence (<see cref="RequestLetters.Because"/>).
/// </summary>
public enum RejectionReason
{
    [Display(Name = "identiteit niet vast te stellen (artikel 12, lid 2 en 6 AVG)")] IdentityNotEstablished,
    [Display(Name = "kennelijk ongegrond (artikel 12, lid 5 AVG)")] ManifestlyUnfounded,
    [Display(Name = "buitensporig, met name door herhaling (artikel 12, lid 5 AVG)")] Excessive,
    [Display(Name = "wettelijke bewaarplicht of rechtsvordering (artikel 17, lid 3 AVG)")] ErasureException,
    [Display(Name = "aanvrager niet bevoegd namens de betrokkene")] RequesterNotAuthorised,
    [Display(Name = "geen persoonsgegevens van de betrokkene")] NoDataHeld,
}

public enum LetterKind
{
    [Display(Name = "ontvangstbevestiging")] Received,
    [Display(Name = "vraag om aanvullende gegevens")] IdentityQuestion,
    [Display(Name = "verlenging")] Extended,
    [Display(Name = "afhandeling")] Completed,
    [Display(Name = "afwijzing")] Rejected,
}

/// <summary>How a letter addresses the member: "Geachte mevrouw Van der Berg,"; unknown gives "Geachte heer, mevrouw,".</summary>
public enum FormOfAddress
{
    [Display(Name = "onbekend")] Unknown,
    [Display(Name = "mevrouw")] Madam,
    [Display(Name = "heer")] Sir,
}

/// <summary>How the FG asked the requester for more information to establish identity (Art. 12(6)).</summary>
public enum IdentityQuestionWay
{
    [Display(Name = "per brief")] Letter,
    [Display(Name = "door terug te bellen op het bekende nummer")] CallBack,
}

/// <summary>Which requests the FG's list shows.</summary>
public enum RequestListView
{
    [Display(Name = "open")] Open,
    [Display(Name = "afgehandeld")] Completed,
    [Display(Name = "afgewezen")] Rejected,
    [Display(Name = "alle")] All,
}
