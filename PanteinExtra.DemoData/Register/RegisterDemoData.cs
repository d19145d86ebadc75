using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Auditing.Pruning;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Courses;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Register;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Retention;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.DemoData.Register;

/// <summary>The contents of the first register (see <see cref="RegisterDemoDataSeeder"/>). Organisation names are fictitious.</summary>
internal static class RegisterDemoData
{
    public const string MailingHouse = "Drukkerij & Mailinghuis De Peel B.V.";
    public const string PaymentProvider = "IncassoPlus Betaaldiensten B.V.";
    public const string WebsiteHost = "Maasland Webhosting B.V.";
    public const string NewsletterService = "MailStroom Inc.";
    public const string NewsletterActivity = "Nieuwsbrief en online magazine";
    public const string ReferralActivity = "Bemiddeling naar dienstverleners";
    public const string PanelActivity = "Ledenpanel";
    public const string PrivacyRights = "Privacyrechten, toestemmingen en datalekken";
    public const string AccessControl = "Toegangsbeveiliging en logcontrole";

    /// <summary>The activity each part of the portal's access log belongs to (by the activity's name).</summary>
    public static readonly IReadOnlyDictionary<AuditArea, string> AuditAreaActivities = new Dictionary<AuditArea, string>
    {
        [AuditArea.Members] = "Ledenadministratie",
        [AuditArea.Contributions] = "Contributie en betalingen",
        [AuditArea.InsuranceDiscounts] = "Collectiviteitskorting zorgverzekering",
        [AuditArea.Referrals] = ReferralActivity,
        [AuditArea.Complaints] = "Klachten en complimenten",
        [AuditArea.Courses] = "Cursussen en bijeenkomsten",
        [AuditArea.Consent] = PrivacyRights,
        [AuditArea.PrivacyRights] = PrivacyRights,
        [AuditArea.AccessControl] = AccessControl,
    };

    public const string MemberSystem = "Ledenbeheer Online B.V.";
    public const string Telephony = "KlantContact Telefonie B.V.";
    public const string PanelResearch = "Panelwijzer Onderzoek B.V.";
    public const string WebStatistics = "StatLokaal Analytics B.V.";

    private const string OnlyOurProcessors = "Geen ontvangers buiten Pantein Extra en haar verwerkers";

    /// <summary>
    /// Only what the portal does and its deployment guide (docs/deployment.md) requires: roles checked on every page and
    /// operation, the hash-chained access log, https with HSTS, the yearly confidentiality confirmation, and the
    /// database with its backups on an encrypted volume (the portal does not encrypt the database itself).
    /// </summary>
    internal static readonly string[] BaseSecurity =
    [
        "Toegang alleen voor medewerkers die het voor hun werk nodig hebben (rollen, minimale rechten)",
        "Elke inzage en wijziging vastgelegd in een toegangslog met controleketen",
        "Versleutelde verbindingen tussen browser en portaal (https met TLS)",
        "De database en haar back-ups staan op een versleuteld volume (schijfversleuteling, zoals de installatiehandleiding voorschrijft); "
            + "het portaal versleutelt de database niet zelf",
        "Geheimhoudingsplicht voor alle medewerkers, elk jaar opnieuw bevestigd voordat zij persoonsgegevens zien",
    ];

    public static List<Processor> Processors(DateOnly today)
    {
        Processor Make(string name, string country, string services, string contact, string email) =>
            new() { Name = name, Country = country, Services = services, ContactName = contact, ContactEmail = email };

        ProcessingAgreement Agreement(Processor p, int signedDaysAgo, int? expiresInDays, string document, string scope) =>
            new()
            {
                ProcessorId = p.Id,
                SignedOn = today.AddDays(-signedDaysAgo),
                ExpiresOn = expiresInDays is { } days ? today.AddDays(days) : null,
                DocumentReference = document,
                Scope = scope,
            };

        var mailing = Make(MailingHouse, "Nederland", "Drukt en verstuurt het magazine en de ledenpas.", "Afdeling orderverwerking", "orders@example.nl");
        var payments = Make(PaymentProvider, "Nederland", "Verwerkt automatische incasso's en betalingen van contributie.", "Accountmanager", "support@example.nl");
        var host = Make(WebsiteHost, "Nederland", "Host de website en de webformulieren.", "Servicedesk", "servicedesk@example.nl");
        var newsletter = Make(NewsletterService, "Verenigde Staten", "Verstuurt de nieuwsbrief en de aankondiging van het online magazine.", "Privacy team", "privacy@example.com");
        var members = Make(MemberSystem, "Nederland", "Levert en beheert het ledensysteem (software als dienst).", "Klantenservice", "klantenservice@example.nl");
        var phone = Make(Telephony, "Nederland", "Levert de telefonie van het klantcontactcentrum.", "Servicedesk", "service@example.nl");
        var panel = Make(PanelResearch, "Nederland", "Voert vragenlijsten uit onder het ledenpanel.", "Projectleider", "panel@example.nl");
        var stats = Make(WebStatistics, "Nederland", "Verzamelt geanonimiseerde websitestatistieken.", "Support", "support@example.org");

        mailing.Agreements.Add(Agreement(mailing, 400, 700, "VO-2025-003 (documentbeheer, map Verwerkers)", "Druk en verzending magazine en ledenpas"));
        payments.Agreements.Add(Agreement(payments, 1065, 30, "VO-2023-011", "Incasso en betalingsverwerking contributie"));
        host.Agreements.Add(Agreement(host, 600, null, "VO-2024-007", "Hosting website en formulieren"));
        newsletter.Agreements.Add(Agreement(newsletter, 320, 45, "VO-2025-001 (incl. SCC's)", "Verzending nieuwsbrief en online magazine"));
        members.Agreements.Add(Agreement(members, 900, 1200, "VO-2024-002", "Ledensysteem: opslag en beheer ledenadministratie"));
        phone.Agreements.Add(Agreement(phone, 200, 530, "VO-2025-009", "Telefonie klantcontact, inclusief gespreksregistratie"));
        stats.Agreements.Add(Agreement(stats, 1500, -10, "VO-2022-004", "Websitestatistieken"));
        stats.Agreements.Add(Agreement(stats, 20, 1075, "VO-2026-001", "Websitestatistieken (verlenging)"));
        // The members' panel research agency has no agreement yet: the register warns about it.
        return [mailing, payments, host, newsletter, members, phone, panel, stats];
    }

    /// <summary>
    /// The demo organisation's records kept outside the portal (at a processor), each with its policy, so every activity
    /// of the register links to the policy that says how long its data is kept.
    /// </summary>
    public static readonly RetentionOutsideThePortal WebsiteStatistics = new(
        "website-statistics", "websitestatistieken (bij de statistiekendienst)", [RetentionTrigger.Creation], [RetentionAction.Delete],
        new("Websitestatistieken (bij de statistiekendienst)", 26, RetentionTrigger.Creation, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
            Motivation: "Zesentwintig maanden na het bezoek: genoeg om het gebruik van de website over twee volle jaren te vergelijken. De gegevens "
                + "staan niet in het portaal: de statistiekendienst (verwerker) verwijdert ze daarna, zoals de verwerkersovereenkomst voorschrijft."));

    public static readonly RetentionOutsideThePortal WebsiteForms = new(
        "website-forms", "inzendingen van websiteformulieren (bij de websitehost)", [RetentionTrigger.Closure], [RetentionAction.Delete],
        new("Inzendingen van websiteformulieren (bij de websitehost)", 3, RetentionTrigger.Closure, RetentionGround.StrictlyNecessary, RetentionAction.Delete,
            Motivation: "Drie maanden na de afhandeling van de vraag of aanmelding: zo lang kan de indiener op het antwoord terugkomen. Wat in de "
                + "ledenadministratie is overgenomen, volgt het bewaarbeleid daarvan. De inzendingen staan niet in het portaal: de websitehost "
                + "(verwerker) verwijdert ze, zoals de verwerkersovereenkomst voorschrijft."));

    /// <summary>The policy each activity links to, by the record kind it governs (the register's retention text is its summary).</summary>
    public static readonly IReadOnlyDictionary<string, string> ActivityPolicies = new Dictionary<string, string>
    {
        ["Ledenadministratie"] = HouseholdRecordKind.KindKey,
        [ReferralActivity] = ReferralRecordKind.KindKey,
        ["Collectiviteitskorting zorgverzekering"] = EndDatedRecordKinds.InsuranceDiscount.Key,
        ["Magazine en ledenpas"] = EndDatedRecordKinds.Subscription.Key,
        ["Contributie en betalingen"] = ContributionRecordKind.KindKey,
        ["Klachten en complimenten"] = ComplaintRecordKind.KindKey,
        ["Klantcontact en vragen"] = CallNoteRecordKind.KindKey,
        ["Websitestatistieken"] = WebsiteStatistics.Key,
        ["Websiteformulieren"] = WebsiteForms.Key,
        [NewsletterActivity] = EndDatedRecordKinds.Subscription.Key,
        [PanelActivity] = EndDatedRecordKinds.Subscription.Key,
        [PrivacyRights] = RequestRecordKind.KindKey,
        [AccessControl] = AccessLogRetention.SubjectKey,
        ["Cursussen en bijeenkomsten"] = CourseRegistrationRecordKind.KindKey,
    };

    /// <summary>Every activity of the first register, each linked to its retention policy (<paramref name="policy"/>: the policy's id by record kind).</summary>
    public static IEnumerable<ActivityContent> Activities(DateOnly today, Func<string, Guid> processor, Func<string, Guid> policy) =>
        ActivitiesWithoutPolicy(today, processor).Select(a => a with { RetentionPolicyId = policy(ActivityPolicies[a.Name]), RetentionPeriod = null });

    private static IEnumerable<ActivityContent> ActivitiesWithoutPolicy(DateOnly today, Func<string, Guid> processor)
    {
        var review = today.AddDays(30);

        // What every first activity shares: up for the FG's review next month, no transfers outside the EEA, no DPIA
        // (unless said otherwise), the base security measures, and the data subject as the source.
        ActivityContent Activity(
            string name, string description, string owner, LegalBasis basis, string[] purposes, string[] subjects,
            PersonalDataCategory[] data, string[] recipients, string[] processors) => new()
            {
                Name = name,
                Description = description,
                Owner = owner,
                Status = ActivityStatus.NeedsReview,
                NextReviewOn = review,
                TransfersOutsideEea = false,
                DpiaRequired = false,
                SecurityMeasures = BaseSecurity,
                Source = "De betrokkene zelf (aanmelding via website, telefoon of formulier)",
                Purposes = purposes,
                LegalBasis = basis,
                DataSubjectCategories = subjects,
                PersonalDataCategories = data,
                Recipients = recipients,
                ProcessorIds = processors.Select(processor).ToList(),
            };

        PersonalDataCategory D(string name) => new(name, false);
        PersonalDataCategory S(string name) => new(name, true);

        string[] members = ["Leden", "Huisgenoten", "Formele contactpersonen"];
        PersonalDataCategory[] contact = [D("Naam en adres"), D("Telefoonnummer en e-mailadres"), D("Lidnummer")];

        yield return Activity("Ledenadministratie", "Aanmelding en administratie van het lidmaatschap van het huishouden.", "Ledenservice", LegalBasis.Contract,
            purposes: ["Aanmeldingen voor het lidmaatschap verwerken", "Een juiste administratie voeren ten behoeve van het lidmaatschap"],
            subjects: members, data: [.. contact, D("Geboortedatum"), D("Begin- en einddatum lidmaatschap")], recipients: [OnlyOurProcessors],
            processors: [MemberSystem]);

        yield return Activity(ReferralActivity, "Doorverwijzen van leden naar dienstverleners voor aan-huisdienstverlening; gegevens worden alleen na toestemming gedeeld.", "Klantcontact", LegalBasis.Consent,
            purposes: ["Bemiddelen naar dienstverleners voor aan-huisdienstverlening"],
            subjects: ["Leden", "Formele contactpersonen", "Dienstverleners"],
            data: [.. contact, D("Gevraagde dienst"), S("Gezondheidsinformatie die nodig is voor de dienst")],
            recipients: ["Dienstverleners waarnaar het lid wordt doorverwezen (alleen na toestemming)"], processors: [MemberSystem]) with
        {
            SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
            DpiaRequired = true,
            DpiaCompletedOn = today.AddDays(-200),
        };

        yield return Activity("Collectiviteitskorting zorgverzekering", "Registratie en verantwoording van de collectiviteitskorting bij een zorgverzekeraar.", "Ledenservice", LegalBasis.Contract,
            purposes: ["De collectiviteitskorting bij een zorgverzekeraar verantwoorden"], subjects: ["Leden", "Huisgenoten"],
            data: [D("Naam en geboortedatum"), D("Lidnummer"), D("Naam zorgverzekeraar en relatienummer")],
            recipients: ["Zorgverzekeraar (verantwoording collectiviteitskorting)"], processors: [MemberSystem]);

        yield return Activity("Magazine en ledenpas", "Versturen van het magazine en de ledenpas naar leden.", "Communicatie", LegalBasis.Contract,
            purposes: ["Het magazine en de ledenpas versturen naar leden"], subjects: ["Leden"], data: [D("Naam en adres"), D("Lidnummer")],
            recipients: [OnlyOurProcessors], processors: [MailingHouse]);

        yield return Activity("Contributie en betalingen", "Berekenen, vastleggen en innen van verschuldigde bedragen.", "Financiële administratie", LegalBasis.Contract,
            purposes: ["Verschuldigde bedragen berekenen, vastleggen en innen"], subjects: ["Leden"],
            data: [D("Naam en adres"), D("Lidnummer"), D("IBAN en machtiging"), D("Bedragen en betaalstatus")],
            recipients: ["Bank (incasso)", "Accountant (jaarrekening)"], processors: [PaymentProvider, MemberSystem]);

        yield return Activity("Klachten en complimenten", "Afhandelen van klachten en complimenten van leden en anderen.", "Kwaliteit en klachten", LegalBasis.LegitimateInterests,
            purposes: ["Complimenten en klachten afhandelen"], subjects: ["Leden", "Formele contactpersonen", "Medewerkers", "Dienstverleners"],
            data: [.. contact, D("Inhoud van de klacht of het compliment")],
            recipients: ["Klachtenfunctionaris van Pantein", "Betrokken dienstverlener (alleen bij een klacht over die dienst)"],
            processors: [MemberSystem]);

        yield return Activity("Klantcontact en vragen", "Contact met leden en het beantwoorden van vragen, telefonisch en schriftelijk.", "Klantcontact", LegalBasis.Contract,
            purposes: ["Met leden in contact treden en reageren op gestelde vragen", "Informatie verstrekken over producten en diensten van Pantein Extra"],
            subjects: members, data: [.. contact, D("Gespreksnotities")], recipients: [OnlyOurProcessors], processors: [Telephony, MemberSystem]);

        yield return Activity("Websitestatistieken", "Statistische gegevens over het gebruik van www.panteinextra.nl; niet herleidbaar tot personen.", "Communicatie", LegalBasis.LegitimateInterests,
            purposes: ["De website verbeteren en aanpassen aan de wensen van gebruikers"], subjects: ["Websitebezoekers"],
            data: [D("Ingekort IP-adres en functionele cookie (geen persoonsgegevens in de cookie)")], recipients: ["Geen"],
            processors: [WebStatistics, WebsiteHost]) with
        {
            Source = "Het apparaat van de websitebezoeker",
        };

        yield return Activity("Websiteformulieren", "Vragen, informatieaanvragen en aanmeldingen via de beveiligde formulieren op de website.", "Communicatie", LegalBasis.Contract,
            purposes: ["Vragen via de website beantwoorden en aanmeldingen verwerken"], subjects: ["Websitebezoekers", "Leden"],
            data: [D("Naam, adres en woonplaats"), D("Telefoonnummer en e-mailadres"), D("Inhoud van de vraag")], recipients: [OnlyOurProcessors],
            processors: [WebsiteHost]);

        yield return Activity(NewsletterActivity, "Aanmeldingen voor de maandelijkse nieuwsbrief en het online magazine.", "Communicatie", LegalBasis.Consent,
            purposes: ["Aanmeldingen voor de maandelijkse nieuwsbrief en het online magazine verwerken"],
            subjects: ["Abonnees van de nieuwsbrief (leden en niet-leden)"], data: [D("Naam en e-mailadres")], recipients: [OnlyOurProcessors],
            processors: [NewsletterService]) with
        {
            TransfersOutsideEea = true,
            TransferCountries = "Verenigde Staten",
            TransferSafeguards = "Standaardcontractbepalingen (SCC's) van de Europese Commissie, opgenomen in de verwerkersovereenkomst (VO-2025-001).",
        };

        yield return Activity(PanelActivity, "Aanmelding voor en deelname aan het ledenpanel.", "Communicatie", LegalBasis.Consent,
            purposes: ["Aanmeldingen voor het ledenpanel verwerken en vragenlijsten uitzetten"], subjects: ["Leden"],
            data: [D("Naam en e-mailadres"), D("Antwoorden op vragenlijsten")], recipients: [OnlyOurProcessors], processors: [PanelResearch]) with
        {
            DpiaRequired = null,
        };

        yield return Activity(PrivacyRights, "Vastleggen van toestemmingen, afhandelen van verzoeken van betrokkenen, registreren en melden van datalekken, en bewaken van bewaartermijnen.",
            "Functionaris Gegevensbescherming", LegalBasis.LegalObligation,
            purposes: ["Aantonen dat toestemming is gegeven of ingetrokken (art. 7 lid 1 AVG)", "Verzoeken van betrokkenen op tijd en volledig afhandelen (art. 12-22 AVG)",
                "Datalekken documenteren en melden (art. 33 en 34 AVG)", "Gegevens niet langer bewaren dan nodig (art. 5 lid 1 onder e AVG)"],
            subjects: [.. members, "Andere betrokkenen die een verzoek doen"], data: [.. contact, D("Inhoud en afhandeling van het verzoek of datalek"), D("Toestemmingen met hun tekstversie")],
            recipients: ["Autoriteit Persoonsgegevens (alleen bij een meldplichtig datalek)"], processors: [MemberSystem]);

        yield return Activity(AccessControl, "Aanmelden van medewerkers, vastleggen van elke inzage en wijziging in de toegangslog en de controle daarop.",
            "Functionaris Gegevensbescherming", LegalBasis.LegalObligation,
            purposes: ["Persoonsgegevens passend beveiligen (art. 32 AVG)", "Controleren wie gegevens heeft ingezien"],
            subjects: ["Medewerkers", .. members], data: [D("Naam, rol en gebruikers-id van de medewerker"), D("Wie welk huishouden wanneer en waarom inzag of wijzigde")],
            recipients: [OnlyOurProcessors], processors: [MemberSystem]);

        yield return Activity("Cursussen en bijeenkomsten", "Aanmeldingen voor cursussen en bijeenkomsten.", "Activiteiten", LegalBasis.Contract,
            purposes: ["Aanmeldingen voor bijeenkomsten en cursussen verwerken"], subjects: ["Leden", "Huisgenoten"],
            data: [.. contact, S("Dieet- of toegankelijkheidswensen die iets zeggen over de gezondheid")],
            recipients: ["Locatie of docent van de cursus (alleen naam en bijzondere wensen)"], processors: [MemberSystem]) with
        {
            SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
        };
    }
}
