using System.Reflection;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Consent;

/// <summary>
/// The machine vocabulary of the consent receipt (ISO/IEC TS 27560 and the W3C Data Privacy Vocabulary): the codes stay
/// in the JSON as the standard spells them; each carries the Dutch name a screen shows instead (<see cref="Describe"/>).
/// </summary>
public static class ConsentReceiptCodes
{
    [Display(Name = "toestemming gegeven")] public const string ConsentGiven = "dpv:ConsentGiven";
    [Display(Name = "toestemming ingetrokken")] public const string ConsentWithdrawn = "dpv:ConsentWithdrawn";
    [Display(Name = "uitdrukkelijke toestemming")] public const string ExpressedConsent = "dpv:ExpressedConsent";
    [Display(Name = "geldt tot intrekking")] public const string UntilWithdrawn = "until-withdrawn";
    [Display(Name = "niet van toepassing")] public const string NotApplicable = "not-applicable";
    [Display(Name = "toestemming (AVG art. 6 lid 1 a)")] public const string ConsentBasis = "eu-gdpr:A6-1-a";
    [Display(Name = "organisatie")] public const string Organisation = "organisation";
    [Display(Name = "persoon")] public const string Individual = "individual";
    [Display(Name = "verwerkingsverantwoordelijke")] public const string DataController = "dpv:DataController";
    [Display(Name = "betrokkene")] public const string DataSubject = "dpv:DataSubject";
    [Display(Name = "vertegenwoordiger")] public const string Representative = "dpv:Representative";
    [Display(Name = "derde")] public const string ThirdParty = "dpv:ThirdParty";
    [Display(Name = "verwerker")] public const string DataProcessor = "dpv:DataProcessor";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(() =>
        typeof(ConsentReceiptCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.GetCustomAttribute<DisplayAttribute>()!.Name!));

    /// <summary>The Dutch name of a code of this vocabulary; an unknown code reads "onbekend".</summary>
    public static string Describe(string code) => Names.Value.GetValueOrDefault(code, "onbekend");
}

/// <summary>Builds a <see cref="ConsentReceipt"/> from the stored events. Pure: everything it needs is passed in.</summary>
public static class ConsentReceiptBuilder
{
    public const string SchemaVersion = "ISO/IEC TS 27560:2023";

    public static readonly IReadOnlyList<string> PrivacyRights =
    [
        "inzage (AVG art. 15)", "rectificatie (art. 16)", "wissing (art. 17)", "beperking (art. 18)",
        "kennisgeving aan ontvangers (art. 19)", "overdraagbaarheid (art. 20)", "bezwaar (art. 21)", "intrekken van toestemming (art. 7 lid 3)",
    ];

    public sealed record Input(
        Guid ReceiptId,
        DateTime NowUtc,
        Person Person,
        Household Household,
        IReadOnlyList<ConsentEvent> Events,
        IReadOnlyList<ConsentPurpose> Purposes,
        IReadOnlyDictionary<ConsentPurposeKind, IReadOnlyList<ConsentRecipient>> Recipients,
        ConsentReceiptIssuer Issuer,
        IReadOnlyDictionary<Guid, ConsentRegisterFacts> RegisterByPurpose,
        string? ConsentRecordRetention = null);

    /// <summary>Where the controller itself keeps the records: the country of its establishment.</summary>
    public const string ControllerCountry = "Nederland";

    public static ConsentReceipt Build(Input input)
    {
        var principalId = input.Person.Id.ToString();
        var records = input.Purposes
            .Select(p => (Purpose: p, Events: ConsentHistory.InOrder(input.Events.Where(e => e.PurposeId == p.Id)).ToList()))
            .Where(x => x.Events.Count > 0)
            .OrderBy(x => x.Purpose.Code)
            .Select(x => Record(input, x.Purpose, x.Events))
            .ToList();
        return new ConsentReceipt(
            SchemaVersion, input.ReceiptId.ToString(), input.NowUtc, "nl", principalId, Parties(input), records);
    }

    private static ConsentReceiptRecord Record(Input input, ConsentPurpose purpose, List<ConsentEvent> events)
    {
        var recipients = input.Recipients.GetValueOrDefault(purpose.Kind) ?? [];
        var register = input.RegisterByPurpose.GetValueOrDefault(purpose.Id);
        var processors = register?.Processors ?? [];
        var processing = new ConsentReceiptProcessing(
            input.Issuer.PrivacyNoticeUrl,
            "nl",
            [new ConsentReceiptPurpose(purpose.Name, PurposeType(purpose.Kind), ConsentReceiptCodes.ConsentBasis, purpose.Code)],
            ConsentPurposeKinds.DataCategories(purpose.Kind).Select(c => new ConsentReceiptPii(c, false)).ToList(),
            [input.Issuer.PartyId],
            "Rechtstreeks van de betrokkene of van diens formele contactpersoon; het kanaal staat per gebeurtenis (indication_method).",
            StorageLocations(processors),
            // One retention text everywhere: the linked activity's policy, else the consent records' own policy.
            register?.Retention ?? input.ConsentRecordRetention ?? input.Issuer.RetentionPeriod,
            "EU-AVG (Verordening (EU) 2016/679) en UAVG, Nederland",
            recipients.Select(r => r.PartyId.ToString()).ToList(),
            input.Issuer.WithdrawalMethod,
            PrivacyRights,
            input.Issuer.AuthorityParty,
            register is null ? null : $"{register.ActivityName} (verwerkingsregister, versie {register.ActivityVersion})",
            processors.Select(p => p.Id.ToString()).ToList(),
            Transfers(register));
        var wordings = purpose.Versions.ToDictionary(v => v.Id, v => v.Wording);
        return new ConsentReceiptRecord(
            SchemaVersion,
            $"urn:pantein-extra:consent-record:{input.Person.Id}:{purpose.Code}",
            input.Person.Id.ToString(),
            processing,
            events.Select(e => Event(e, wordings)).ToList(),
            State(events[^1].Action));
    }

    private static ConsentReceiptEvent Event(ConsentEvent e, IReadOnlyDictionary<Guid, string> wordings) => new(
        e.OccurredAtUtc,
        e.Action == ConsentAction.Given ? ConsentReceiptCodes.UntilWithdrawn : ConsentReceiptCodes.NotApplicable,
        (e.GivenBy == ConsentGivenBy.ContactPerson && e.ContactPersonId is { } cp ? cp : e.PersonId).ToString(),
        ConsentReceiptCodes.ExpressedConsent,
        State(e.Action),
        IndicationMethod(e.Channel),
        e.RecordedByName,
        e.PurposeVersion,
        wordings.GetValueOrDefault(e.PurposeVersionId, ""),
        e.Note);

    private static List<ConsentReceiptParty> Parties(Input input)
    {
        var issuer = input.Issuer;
        var household = input.Household;
        var person = input.Person;
        var address = $"{household.Street} {household.HouseNumber}{household.HouseNumberAddition}, {household.Postcode} {household.City}";
        var parties = new List<ConsentReceiptParty>
        {
            new(issuer.PartyId, issuer.Name, ConsentReceiptCodes.Organisation, ConsentReceiptCodes.DataController, issuer.Address, null, issuer.Url, null, issuer.Contact),
            new(person.Id.ToString(), person.FullName, ConsentReceiptCodes.Individual, ConsentReceiptCodes.DataSubject, address,
                person.Email ?? household.Email, null, person.Phone ?? household.Phone, null),
        };
        parties.AddRange(input.Events
            .Where(e => e.GivenBy == ConsentGivenBy.ContactPerson && e.ContactPersonId is not null)
            .GroupBy(e => e.ContactPersonId!.Value)
            .Select(g => new ConsentReceiptParty(
                g.Key.ToString(), g.Last().ContactPersonName ?? "", ConsentReceiptCodes.Individual, ConsentReceiptCodes.Representative, null, null, null, null, null)));
        parties.AddRange(input.Recipients.Values.SelectMany(r => r).DistinctBy(r => r.PartyId)
            .Select(r => new ConsentReceiptParty(
                r.PartyId.ToString(), r.Name, ConsentReceiptCodes.Organisation, ConsentReceiptCodes.ThirdParty, r.Address, r.Email, r.Url, r.Phone, null)));
        parties.AddRange(input.RegisterByPurpose.Values.SelectMany(r => r.Processors).DistinctBy(p => p.Id)
            .Select(p => new ConsentReceiptParty(
                p.Id.ToString(), p.Name, ConsentReceiptCodes.Organisation, ConsentReceiptCodes.DataProcessor, p.Country, p.Email, null, p.Phone, null)));
        return parties;
    }

    /// <summary>The controller's own country, then every country a processor of the linked activity keeps the data in.</summary>
    private static List<string> StorageLocations(IReadOnlyList<ConsentProcessor> processors) =>
        new[] { ControllerCountry }.Concat(processors.Select(p => p.Country.Trim()))
            .Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The register's transfers outside the EEA with their safeguards, as the register words them; none: empty.</summary>
    private static List<string> Transfers(ConsentRegisterFacts? register) =>
        register is { TransfersOutsideEea: true }
            ? [string.Join(": ", new[] { register.TransferCountries, register.TransferSafeguards }.Where(t => !string.IsNullOrWhiteSpace(t)))]
            : [];

    private static string State(ConsentAction action) =>
        action == ConsentAction.Given ? ConsentReceiptCodes.ConsentGiven : ConsentReceiptCodes.ConsentWithdrawn;

    /// <summary>The DPV purpose category of a kind of purpose (a code for the receipt; the screen shows the kind's label).</summary>
    private static string PurposeType(ConsentPurposeKind kind) => kind switch
    {
        ConsentPurposeKind.ReferralSharing => "dpv:ServiceProvision",
        ConsentPurposeKind.Newsletter => "dpv:Marketing",
        ConsentPurposeKind.OnlineMagazine => "dpv:Marketing",
        ConsentPurposeKind.MembersPanel => "dpv:ServiceOptimisation",
        ConsentPurposeKind.ContactThroughContactPerson => "dpv:CommunicationManagement",
        ConsentPurposeKind.Other => "dpv:Purpose",
    };

    /// <summary>The 27560 indication method of a channel (a code for the receipt; the screen shows the channel's label).</summary>
    private static string IndicationMethod(ConsentChannel channel) => channel switch
    {
        ConsentChannel.Phone => "phone",
        ConsentChannel.Website => "website",
        ConsentChannel.Paper => "paper",
        ConsentChannel.Email => "email",
        ConsentChannel.InPerson => "in-person",
    };
}
