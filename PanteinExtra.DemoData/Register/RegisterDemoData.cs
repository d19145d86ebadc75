using PanteinExtra.Core.Register;

namespace PanteinExtra.DemoData.Register;

/// <summary>The contents of the first register (see <see cref="RegisterDemoDataSeeder"/>). Organisation names are fictitious.</summary>
internal static class RegisterDemoData
{
    public const string MailingHouse = "Drukkerij & Mailinghuis De Peel B.V.";
    public const string PaymentProvider = "IncassoPlus Betaaldiensten B.V.";
    public const string WebsiteHost = "Maasland Webhosting B.V.";
    public const string NewsletterService = "MailStroom Inc.";
    public const string MemberSystem = "Ledenbeheer Online B.V.";
    public const string Telephony = "KlantContact Telefonie B.V.";
    public const string PanelResearch = "Panelwijzer Onderzoek B.V.";
    public const string WebStatistics = "StatLokaal Analytics B.V.";

    private static readonly string[] BaseSecurity =
    [
        "Toegang alleen voor medewerkers die het voor hun werk nodig hebben (rollen, minimale rechten)",
        "Elke inzage en wijziging vastgelegd in een toegangslog met controleketen",
        "Versleutelde verbindingen (TLS) en versleutelde opslag",
        "Geheimhoudingsplicht voor alle medewerkers",
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

    public static IEnumerable<ActivityContent> Activities(DateOnly today, Func<string, Guid> processor)
    {
        var review = today.AddDays(30);
        ActivityContent Base(string name, string description, string owner) => new()
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
        };

        PersonalDataCategory D(string name) => new(name, false);
        PersonalDataCategory S(string name) => new(name, true);

        string[] members = ["Leden", "Huisgenoten", "Formele contactpersonen"];
        PersonalDataCategory[] contact = [D("Naam en adres"), D("Telefoonnummer en e-mailadres"), D("Lidnummer")];

        yield return Base("Ledenadministratie", "Aanmelding en administratie van het lidmaatschap van het huishouden.", "Ledenservice") with
        {
            Purposes = ["Aanmeldingen voor het lidmaatschap verwerken", "Een juiste administratie voeren ten behoeve van het lidmaatschap"],
            LegalBasis = LegalBasis.Contract,
            DataSubjectCategories = members,
            PersonalDataCategories = [.. contact, D("Geboortedatum"), D("Begin- en einddatum lidmaatschap")],
            Recipients = ["Geen ontvangers buiten Pantein Extra en haar verwerkers"],
            ProcessorIds = [processor(MemberSystem)],
            RetentionPeriod = "Tot 2 jaar na het einde van het lidmaatschap; daarna verwijderd of geanonimiseerd.",
        };

        yield return Base("Bemiddeling naar dienstverleners", "Doorverwijzen van leden naar dienstverleners voor aan-huisdienstverlening; gegevens worden alleen na toestemming gedeeld.", "Klantcontact") with
        {
            Purposes = ["Bemiddelen naar dienstverleners voor aan-huisdienstverlening"],
            LegalBasis = LegalBasis.Consent,
            SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
            DataSubjectCategories = ["Leden", "Formele contactpersonen", "Dienstverleners"],
            PersonalDataCategories = [.. contact, D("Gevraagde dienst"), S("Gezondheidsinformatie die nodig is voor de dienst")],
            Recipients = ["Dienstverleners waarnaar het lid wordt doorverwezen (alleen na toestemming)"],
            ProcessorIds = [processor(MemberSystem)],
            DpiaRequired = true,
            RetentionPeriod = "Tot 2 jaar na de laatste bemiddeling.",
        };

        yield return Base("Collectiviteitskorting zorgverzekering", "Registratie en verantwoording van de collectiviteitskorting bij een zorgverzekeraar.", "Ledenservice") with
        {
            Purposes = ["De collectiviteitskorting bij een zorgverzekeraar verantwoorden"],
            LegalBasis = LegalBasis.Contract,
            DataSubjectCategories = ["Leden", "Huisgenoten"],
            PersonalDataCategories = [D("Naam en geboortedatum"), D("Lidnummer"), D("Naam zorgverzekeraar en relatienummer")],
            Recipients = ["Zorgverzekeraar (verantwoording collectiviteitskorting)"],
            ProcessorIds = [processor(MemberSystem)],
            RetentionPeriod = "Zolang het lidmaatschap loopt, daarna 7 jaar (fiscale bewaarplicht, art. 52 AWR).",
        };

        yield return Base("Magazine en ledenpas", "Versturen van het magazine en de ledenpas naar leden.", "Communicatie") with
        {
            Purposes = ["Het magazine en de ledenpas versturen naar leden"],
            LegalBasis = LegalBasis.Contract,
            DataSubjectCategories = ["Leden"],
            PersonalDataCategories = [D("Naam en adres"), D("Lidnummer")],
            Recipients = ["Geen ontvangers buiten Pantein Extra en haar verwerkers"],
            ProcessorIds = [processor(MailingHouse)],
            RetentionPeriod = "Verzendbestanden worden na verzending door de drukkerij verwijderd (uiterlijk 30 dagen).",
        };

        yield return Base("Contributie en betalingen", "Berekenen, vastleggen en innen van verschuldigde bedragen.", "Financiële administratie") with
        {
            Purposes = ["Verschuldigde bedragen berekenen, vastleggen en innen"],
            LegalBasis = LegalBasis.Contract,
            DataSubjectCategories = ["Leden"],
            PersonalDataCategories = [D("Naam en adres"), D("Lidnummer"), D("IBAN en machtiging"), D("Bedragen en betaalstatus")],
            Recipients = ["Bank (incasso)", "Accountant (jaarrekening)"],
            ProcessorIds = [processor(PaymentProvider), processor(MemberSystem)],
            RetentionPeriod = "7 jaar na afloop van het boekjaar (fiscale bewaarplicht, art. 52 AWR).",
        };

        yield return Base("Klachten en complimenten", "Afhandelen van klachten en complimenten van leden en anderen.", "Kwaliteit en klachten") with
        {
            Purposes = ["Complimenten en klachten afhandelen"],
            LegalBasis = LegalBasis.LegitimateInterests,
            DataSubjectCategories = ["Leden", "Formele contactpersonen", "Medewerkers", "Dienstverleners"],
            PersonalDataCategories = [.. contact, D("Inhoud van de klacht of het compliment")],
            Recipients = ["Klachtenfunctionaris van Pantein", "Betrokken dienstverlener (alleen bij een klacht over die dienst)"],
            ProcessorIds = [processor(MemberSystem)],
            RetentionPeriod = "2 jaar na afhandeling van de klacht.",
        };

        yield return Base("Klantcontact en vragen", "Contact met leden en het beantwoorden van vragen, telefonisch en schriftelijk.", "Klantcontact") with
        {
            Purposes = ["Met leden in contact treden en reageren op gestelde vragen", "Informatie verstrekken over producten en diensten van Pantein Extra"],
            LegalBasis = LegalBasis.Contract,
            DataSubjectCategories = members,
            PersonalDataCategories = [.. contact, D("Gespreksnotities")],
            Recipients = ["Geen ontvangers buiten Pantein Extra en haar verwerkers"],
            ProcessorIds = [processor(Telephony), processor(MemberSystem)],
            RetentionPeriod = "Gespreksnotities 1 jaar na het gesprek.",
        };

        yield return Base("Websitestatistieken", "Statistische gegevens over het gebruik van www.panteinextra.nl; niet herleidbaar tot personen.", "Communicatie") with
        {
            Purposes = ["De website verbeteren en aanpassen aan de wensen van gebruikers"],
            LegalBasis = LegalBasis.LegitimateInterests,
            DataSubjectCategories = ["Websitebezoekers"],
            PersonalDataCategories = [D("Ingekort IP-adres en functionele cookie (geen persoonsgegevens in de cookie)")],
            Recipients = ["Geen"],
            ProcessorIds = [processor(WebStatistics), processor(WebsiteHost)],
            Source = "Het apparaat van de websitebezoeker",
            RetentionPeriod = "Statistieken 26 maanden, geanonimiseerd.",
        };

        yield return Base("Websiteformulieren", "Vragen, informatieaanvragen en aanmeldingen via de beveiligde formulieren op de website.", "Communicatie") with
        {
            Purposes = ["Vragen via de website beantwoorden en aanmeldingen verwerken"],
            LegalBasis = LegalBasis.Contract,
            DataSubjectCategories = ["Websitebezoekers", "Leden"],
            PersonalDataCategories = [D("Naam, adres en woonplaats"), D("Telefoonnummer en e-mailadres"), D("Inhoud van de vraag")],
            Recipients = ["Geen ontvangers buiten Pantein Extra en haar verwerkers"],
            ProcessorIds = [processor(WebsiteHost)],
            RetentionPeriod = "Formulierinzendingen 3 maanden na afhandeling.",
        };

        yield return Base("Nieuwsbrief en online magazine", "Aanmeldingen voor de maandelijkse nieuwsbrief en het online magazine.", "Communicatie") with
        {
            Purposes = ["Aanmeldingen voor de maandelijkse nieuwsbrief en het online magazine verwerken"],
            LegalBasis = LegalBasis.Consent,
            DataSubjectCategories = ["Abonnees van de nieuwsbrief (leden en niet-leden)"],
            PersonalDataCategories = [D("Naam en e-mailadres")],
            Recipients = ["Geen ontvangers buiten Pantein Extra en haar verwerkers"],
            ProcessorIds = [processor(NewsletterService)],
            TransfersOutsideEea = true,
            TransferCountries = "Verenigde Staten",
            TransferSafeguards = "Standaardcontractbepalingen (SCC's) van de Europese Commissie; aanvullende versleuteling.",
            RetentionPeriod = "Tot afmelding; daarna binnen 30 dagen verwijderd.",
        };

        yield return Base("Ledenpanel", "Aanmelding voor en deelname aan het ledenpanel.", "Communicatie") with
        {
            Purposes = ["Aanmeldingen voor het ledenpanel verwerken en vragenlijsten uitzetten"],
            LegalBasis = LegalBasis.Consent,
            DataSubjectCategories = ["Leden"],
            PersonalDataCategories = [D("Naam en e-mailadres"), D("Antwoorden op vragenlijsten")],
            Recipients = ["Geen ontvangers buiten Pantein Extra en haar verwerkers"],
            ProcessorIds = [processor(PanelResearch)],
            DpiaRequired = null,
            RetentionPeriod = "Tot afmelding voor het panel; antwoorden 1 jaar, daarna geanonimiseerd.",
        };

        yield return Base("Cursussen en bijeenkomsten", "Aanmeldingen voor cursussen en bijeenkomsten.", "Activiteiten") with
        {
            Purposes = ["Aanmeldingen voor bijeenkomsten en cursussen verwerken"],
            LegalBasis = LegalBasis.Contract,
            SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
            DataSubjectCategories = ["Leden", "Huisgenoten"],
            PersonalDataCategories = [.. contact, S("Dieet- of toegankelijkheidswensen die iets zeggen over de gezondheid")],
            Recipients = ["Locatie of docent van de cursus (alleen naam en bijzondere wensen)"],
            ProcessorIds = [processor(MemberSystem)],
            RetentionPeriod = null,
        };
    }
}
