namespace PanteinExtra.Core.Requests;

/// <summary>
/// Audit event types of data-subject requests, with their Dutch names for the access log. Writes of the request's own
/// records are audited as `Entity:Action` by the interceptor and named after the entity (<c>[Display]</c> on
/// <see cref="DataSubjectRequest"/> etc.).
/// </summary>
public static class RequestEventTypes
{
    [Display(Name = "privacyverzoek geregistreerd")] public const string Register = "DataSubjectRequest:Create";
    [Display(Name = "huishouden opgezocht voor een privacyverzoek")] public const string Intake = "DataSubjectRequest:Intake";
    [Display(Name = "privacyverzoek ingezien")] public const string View = "DataSubjectRequest:View";
    [Display(Name = "open privacyverzoeken bekeken")] public const string List = "DataSubjectRequest:Search";
    [Display(Name = "privacyverzoek gewijzigd")] public const string Update = "DataSubjectRequest:Update";
    [Display(Name = "notitie bij een privacyverzoek vastgelegd")] public const string Note = "DataSubjectRequest:Note";
    [Display(Name = "brief bij een privacyverzoek vastgelegd")] public const string Letter = "DataSubjectRequest:Letter";
    [Display(Name = "privacyverzoek uitgevoerd")] public const string Fulfil = "DataSubjectRequest:Fulfil";
    [Display(Name = "gegevens geëxporteerd voor overdraagbaarheid")] public const string Portability = "DataSubjectRequest:Portability";
    [Display(Name = "ontvangers van gegevens opgevraagd")] public const string Recipients = "DataSubjectRequest:Recipients";
    [Display(Name = "verstuurde brief als PDF gedownload")] public const string LetterPdf = "DataSubjectRequest:LetterPdf";
    [Display(Name = "inzageoverzicht gemaakt")] public const string AccessReport = "DataSubjectRequest:AccessReport";
}
