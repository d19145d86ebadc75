using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Erasure;

/// <summary>
/// A household whose personal data sits in every table that holds a copy of it: the household and its two people (and
/// so their search keys), a contact person, a call note, a complaint, a consent decision given by the contact person,
/// a referral and what was shared with the provider, next to a contribution that must be kept (fiscal duty). Every
/// value is distinctive, so a raw byte search finds it only where this household's data is.
/// </summary>
public sealed record ErasedHouseholdData(Guid HouseholdId, Guid MainMemberId, Guid HousemateId)
{
    /// <summary>What an erasure or the retention of an ended membership must leave nowhere in the database's files.</summary>
    public static readonly string[] ErasedValues =
    [
        "Wilhelmina", "Zuidervaart", "Bartholomeus", "Brouwersgracht", "6511QZ", "0243608123", "fam.zuidervaart@voorbeeld.nl",
        "0612398745", "w.zuidervaart@example.org", "1943-06-12", "1944-11-23", "Ermengarde", "Kloosterboer", "0613579246",
        "e.kloosterboer@voorbeeld.nl", "verhuizing naar Oosterhout", "monteur Hoogstraat", "huisbezoek aan de Kapelweg",
        "traplift voor de zoldertrap",
    ];

    public static async Task<ErasedHouseholdData> CreateAsync(CoreTestHost host, MembershipStatus status, DateOnly? endedOn)
    {
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var household = new Household
        {
            MemberNumber = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = status,
            MemberSince = new DateOnly(2012, 1, 1),
            MembershipEndedOn = endedOn,
            Street = "Brouwersgracht",
            HouseNumber = 12,
            Postcode = "6511QZ",
            City = "Nijmegen",
            Phone = "0243608123",
            Email = "fam.zuidervaart@voorbeeld.nl",
        };
        var main = new Person
        {
            HouseholdId = household.Id,
            Role = PersonRole.MainMember,
            FirstName = "Wilhelmina",
            Infix = "van",
            LastName = "Zuidervaart",
            DateOfBirth = new DateOnly(1943, 6, 12),
            Phone = "0612398745",
            Email = "w.zuidervaart@example.org",
        };
        var mate = new Person
        {
            HouseholdId = household.Id,
            Role = PersonRole.Housemate,
            FirstName = "Bartholomeus",
            Infix = "van",
            LastName = "Zuidervaart",
            DateOfBirth = new DateOnly(1944, 11, 23),
        };
        var contact = new ContactPerson
        {
            HouseholdId = household.Id,
            Name = "Ermengarde Kloosterboer",
            Relation = "schoondochter",
            Phone = "0613579246",
            Email = "e.kloosterboer@voorbeeld.nl",
            Permissions = ContactPersonPermissions.ReceiveInformation,
        };
        var purpose = new ConsentPurpose { Code = "thuisdiensten-" + Guid.NewGuid().ToString("N")[..8], Name = "Delen met dienstverleners", CreatedAtUtc = now };
        var wording = purpose.AddWording("Mogen wij uw gegevens delen met de dienstverlener?", now, "Beheer");
        var consent = new ConsentEvent
        {
            HouseholdId = household.Id,
            PersonId = main.Id,
            PurposeId = purpose.Id,
            PurposeVersionId = wording.Id,
            PurposeVersion = 1,
            Sequence = 1,
            Action = ConsentAction.Given,
            OccurredAtUtc = now.AddDays(-30),
            Channel = ConsentChannel.Phone,
            RecordedByUserId = "agent",
            RecordedByName = "Sanne de Jong",
            GivenBy = ConsentGivenBy.ContactPerson,
            ContactPersonId = contact.Id,
            ContactPersonName = "Ermengarde Kloosterboer (schoondochter)",
            Note = "Gegeven tijdens het huisbezoek aan de Kapelweg",
        };
        var provider = new ServiceProvider { Name = "Thuishulp Maas en Waal", Region = "Nijmegen", Services = ["traplift"] };
        var referral = new Referral
        {
            HouseholdId = household.Id,
            PersonId = main.Id,
            ServiceProviderId = provider.Id,
            Service = "traplift",
            CreatedAtUtc = now.AddDays(-29),
            CreatedByUserId = "agent",
            CreatedByName = "Sanne de Jong",
            ConsentEventId = consent.Id,
            Note = "Wil een traplift voor de zoldertrap",
        };
        var disclosure = new Disclosure
        {
            HouseholdId = household.Id,
            PersonId = main.Id,
            RecipientKind = Disclosure.ServiceProviderRecipient,
            RecipientId = provider.Id,
            RecipientName = provider.Name,
            Fields = SharedDataField.Name | SharedDataField.Address | SharedDataField.Phone,
            DisclosedAtUtc = now.AddDays(-29),
            DisclosedByUserId = "agent",
            DisclosedByName = "Sanne de Jong",
            LegalBasis = "toestemming",
        };
        await using var db = host.RawDb();
        db.AddRange(household, main, mate, contact, purpose, consent, provider, referral, disclosure);
        db.AddRange(
            new CallNote { HouseholdId = household.Id, CreatedAtUtc = now.AddDays(-3), AuthorUserId = "agent", AuthorName = "Sanne de Jong", Caller = "contactpersoon", Text = "Belde over de verhuizing naar Oosterhout" },
            new Feedback
            {
                HouseholdId = household.Id,
                PersonId = main.Id,
                Kind = FeedbackKind.Complaint,
                ReceivedOn = DateOnly.FromDateTime(now.AddDays(-20)),
                Channel = ReceivedChannel.Phone,
                Subject = "De monteur Hoogstraat kwam te laat",
                Description = "Drie uur gewacht op de monteur Hoogstraat",
                ClosedOn = DateOnly.FromDateTime(now.AddDays(-10)),
            },
            new Contribution { HouseholdId = household.Id, Year = 2025, AmountDue = 27.50m, AmountPaid = 27.50m, PaidOn = new DateOnly(2025, 2, 1) });
        await db.SaveChangesAsync();
        return new ErasedHouseholdData(household.Id, main.Id, mate.Id);
    }
}
