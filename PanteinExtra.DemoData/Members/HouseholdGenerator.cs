using Bogus;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using Person = PanteinExtra.Core.Members.Person;

namespace PanteinExtra.DemoData.Members;

/// <summary>
/// Realistic Dutch demo households (Bogus, locale "nl"): names with tussenvoegsels, postcodes and places in
/// Limburg, Gelderland and Brabant, housemates, contact persons, subscriptions, contributions, complaints,
/// compliments and some ended memberships. Deterministic for a given seed and options, so benchmarks are
/// repeatable. The default options give the first-run demo data; the benchmarks use the same generator, with
/// <see cref="HouseholdGeneratorOptions"/> for the shapes they need (for example many long-ended memberships).
/// </summary>
public sealed class HouseholdGenerator
{
    private static readonly (string Infix, int Weight)[] Infixes =
    [
        ("", 70), ("van", 6), ("de", 7), ("van de", 3), ("van der", 3), ("van den", 3), ("den", 1), ("ter", 1),
        ("van 't", 1), ("in 't", 1), ("te", 1), ("'t", 1),
    ];

    private static readonly string[] Relations = ["dochter", "zoon", "schoondochter", "bewindvoerder", "mentor", "buurvrouw"];

    private readonly Faker _faker;
    private readonly DateOnly _today;
    private readonly HouseholdGeneratorOptions _options;
    private readonly int _totalPlaceWeight = DutchPlaces.All.Sum(p => p.Weight);

    public HouseholdGenerator(int seed, TimeProvider clock, HouseholdGeneratorOptions? options = null)
    {
        _options = options ?? new HouseholdGeneratorOptions();
        if (_options.EndedShare is < 0f or > 1f || _options.ClosedComplaintShare is < 0f or > 1f)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A share lies between 0 and 1.");
        }

        if (_options.EndedDaysAgo is { } range && (range.Min < 1 || range.Max < range.Min))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "EndedDaysAgo needs 1 <= Min <= Max.");
        }

        _faker = new Faker("nl") { Random = new Randomizer(seed) };
        _today = DutchTime.Today(clock);
    }

    /// <summary>Member numbers are seven digits: 1000000 + the household's index.</summary>
    public static string MemberNumberFor(int index) => (1_000_000 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Household Create(int index)
    {
        var f = _faker;
        var (city, postcode) = PickPlace();
        var memberSince = _today.AddDays(-f.Random.Int(60, 30 * 365));
        var ended = f.Random.Bool(_options.EndedShare);
        DateOnly? endedOn = null;
        if (ended && _options.EndedDaysAgo is { } endedDaysAgo)
        {
            // The membership lasted as long as it would have until today, but ended on the chosen day.
            endedOn = _today.AddDays(-f.Random.Int(endedDaysAgo.Min, endedDaysAgo.Max));
            memberSince = endedOn.Value.AddDays(-(_today.DayNumber - memberSince.DayNumber));
        }

        var h = new Household
        {
            MemberNumber = MemberNumberFor(index),
            Street = f.Address.StreetName(),
            HouseNumber = f.Random.Int(1, 220),
            HouseNumberAddition = f.Random.Bool(0.1f) ? f.PickRandom("A", "B", "C", "1", "2", "bis") : null,
            Postcode = postcode,
            City = city,
            MemberSince = memberSince,
            Status = ended ? MembershipStatus.Ended : MembershipStatus.Active,
            MembershipEndedOn = ended ? endedOn ?? Later(memberSince, 30, _today) : null,
            PreferredChannel = f.Random.WeightedRandom([ContactChannel.Post, ContactChannel.Email, ContactChannel.Phone], [0.5f, 0.35f, 0.15f]),
        };
        h.Phone = f.Random.Bool(0.75f) ? Phone(landline: f.Random.Bool(0.6f)) : null;

        // The last day anything happened in the household (contributions, discounts, later subscriptions, calls,
        // complaints, compliments). Today with the default options, so the demo data is generated as it always was;
        // the end of the membership when ended memberships are placed with EndedDaysAgo.
        var lastActive = _options.EndedDaysAgo is not null && h.MembershipEndedOn is { } end ? end : _today;

        var lastName = f.Name.LastName();
        var infix = PickInfix();
        var main = NewPerson(h, PersonRole.MainMember, lastName, infix, minAge: 60, maxAge: 96);
        h.Persons.Add(main);
        if (f.Random.Bool(0.45f))
        {
            var sameName = f.Random.Bool(0.6f);
            h.Persons.Add(NewPerson(h, PersonRole.Housemate, sameName ? lastName : f.Name.LastName(), sameName ? infix : PickInfix(), 58, 96));
        }

        h.Email = f.Random.Bool(0.5f) ? Email(main) : null;
        if (f.Random.Bool(0.25f))
        {
            h.ContactPersons.Add(NewContactPerson(h, lastName, infix));
            h.CommunicateThroughContactPerson = f.Random.Bool(0.3f);
        }

        AddSubscriptions(h, main, lastActive);
        AddContributions(h, lastActive);
        AddFeedback(h, main, lastActive);
        if (f.Random.Bool(0.35f))
        {
            var person = f.PickRandom(h.Persons);
            h.InsuranceDiscounts.Add(new InsuranceDiscount
            {
                HouseholdId = h.Id,
                PersonId = person.Id,
                Insurer = f.PickRandom(DutchPlaces.Insurers),
                StartDate = new DateOnly(f.Random.Int(h.MemberSince.Year, lastActive.Year), 1, 1),
                EndDate = h.MembershipEndedOn,
            });
        }

        if (f.Random.Bool(0.1f))
        {
            h.CallNotes.Add(new CallNote
            {
                HouseholdId = h.Id,
                CreatedAtUtc = DutchTime.StartOfDayUtc(lastActive.AddDays(-f.Random.Int(1, 700))).AddHours(f.Random.Int(8, 17)),
                AuthorUserId = "demo-klantcontact-2",
                AuthorName = "Daan van den Berg",
                Caller = "telefonisch contact: lid zelf, geverifieerd (geboortedatum en postcode)",
                Text = f.PickRandom(
                    "Vraag over de contributie; uitgelegd wanneer de incasso plaatsvindt.",
                    "Ledenpas kwijt, nieuwe pas aangevraagd.",
                    "Vraag over de collectieve zorgverzekering, verwezen naar de website.",
                    "Wil graag hulp bij de tuin; informatie over dienstverleners gegeven."),
            });
        }

        return h;
    }

    private Person NewPerson(Household h, PersonRole role, string lastName, string infix, int minAge, int maxAge)
    {
        var f = _faker;
        var first = f.Name.FirstName();
        return new Person
        {
            HouseholdId = h.Id,
            Role = role,
            FirstName = first,
            Initials = first[..1].ToUpperInvariant() + ".",
            Infix = infix.Length == 0 ? null : infix,
            LastName = lastName,
            DateOfBirth = _today.AddYears(-f.Random.Int(minAge, maxAge)).AddDays(-f.Random.Int(0, 364)),
            Phone = f.Random.Bool(0.4f) ? Phone(landline: false) : null,
        };
    }

    private ContactPerson NewContactPerson(Household h, string lastName, string infix)
    {
        var f = _faker;
        var relation = f.PickRandom(Relations);
        var family = relation is "dochter" or "zoon";
        var name = $"{f.Name.FirstName()} {(family && infix.Length > 0 ? infix + " " : "")}{(family ? lastName : f.Name.LastName())}";
        var permissions = ContactPersonPermissions.ReceiveInformation;
        if (f.Random.Bool(0.6f))
        {
            permissions |= ContactPersonPermissions.ChangeDetails;
        }

        if (relation is "bewindvoerder" or "mentor")
        {
            permissions |= ContactPersonPermissions.GiveOrWithdrawConsent | ContactPersonPermissions.SubmitPrivacyRequests;
        }

        return new ContactPerson
        {
            HouseholdId = h.Id,
            Name = name,
            Relation = relation,
            Phone = Phone(landline: false),
            Email = f.Random.Bool(0.7f) ? $"{SearchText.Fold(name).Replace(' ', '.')}@{f.PickRandom("gmail.com", "hotmail.com", "kpnmail.nl", "ziggo.nl")}" : null,
            Permissions = permissions,
        };
    }

    private void AddSubscriptions(Household h, Person main, DateOnly lastActive)
    {
        var f = _faker;
        var end = h.MembershipEndedOn;
        h.Subscriptions.Add(new Subscription { HouseholdId = h.Id, Kind = SubscriptionKind.MemberPass, StartDate = h.MemberSince, EndDate = end, Channel = ContactChannel.Post });
        if (f.Random.Bool(0.9f))
        {
            h.Subscriptions.Add(new Subscription { HouseholdId = h.Id, Kind = SubscriptionKind.Magazine, StartDate = h.MemberSince, EndDate = end, Channel = ContactChannel.Post });
        }

        if (h.Email is not null && f.Random.Bool(0.6f))
        {
            h.Subscriptions.Add(new Subscription { HouseholdId = h.Id, PersonId = main.Id, Kind = SubscriptionKind.Newsletter, StartDate = Later(h.MemberSince, 5, lastActive), EndDate = end, Channel = ContactChannel.Email });
        }

        if (h.Email is not null && f.Random.Bool(0.2f))
        {
            h.Subscriptions.Add(new Subscription { HouseholdId = h.Id, PersonId = main.Id, Kind = SubscriptionKind.OnlineMagazine, StartDate = Later(h.MemberSince, 5, lastActive), EndDate = end, Channel = ContactChannel.Email });
        }

        if (f.Random.Bool(0.05f))
        {
            h.Subscriptions.Add(new Subscription { HouseholdId = h.Id, PersonId = main.Id, Kind = SubscriptionKind.MembersPanel, StartDate = Later(h.MemberSince, 5, lastActive), EndDate = end, Channel = ContactChannel.Email });
        }
    }

    private void AddContributions(Household h, DateOnly lastActive)
    {
        var f = _faker;
        var lastYear = h.MembershipEndedOn?.Year ?? _today.Year;
        for (var year = Math.Max(h.MemberSince.Year, lastActive.Year - 3); year <= lastYear; year++)
        {
            var due = year switch { < 2024 => 27.50m, 2024 => 29.50m, _ => 31.00m };
            var paid = year < _today.Year || f.Random.Bool(0.85f) ? (f.Random.Bool(0.97f) ? due : 0m) : 0m;
            var method = f.Random.WeightedRandom([PaymentMethod.DirectDebit, PaymentMethod.Invoice, PaymentMethod.BankTransfer], [0.75f, 0.15f, 0.10f]);
            h.Contributions.Add(new Contribution
            {
                HouseholdId = h.Id,
                Year = year,
                AmountDue = due,
                AmountPaid = paid,
                PaidOn = paid > 0 ? new DateOnly(year, f.Random.Int(1, 3), f.Random.Int(1, 28)) : null,
                Method = method,
            });
        }
    }

    private void AddFeedback(Household h, Person main, DateOnly lastActive)
    {
        var f = _faker;
        if (f.Random.Bool(0.06f))
        {
            var privacy = f.Random.Bool(0.1f);
            var received = lastActive.AddDays(-f.Random.Int(1, 900));
            var closed = f.Random.Bool(_options.ClosedComplaintShare);
            h.Feedback.Add(new Feedback
            {
                HouseholdId = h.Id,
                PersonId = main.Id,
                Kind = FeedbackKind.Complaint,
                ReceivedOn = received,
                Channel = f.PickRandom<ReceivedChannel>(),
                Subject = privacy ? "Post ontvangen op naam van een ander lid" : f.PickRandom("Ledenblad niet ontvangen", "Dubbele incasso", "Klusjesman kwam niet opdagen", "Lang in de wacht"),
                IsPrivacyComplaint = privacy,
                Handling = privacy ? MemberDeskService.ComplaintsOfficer : "klantcontact",
                Outcome = closed ? "Opgelost en met het lid besproken." : null,
                ClosedOn = closed ? Later(received, 30, lastActive) : null,
            });
        }

        if (f.Random.Bool(0.04f))
        {
            h.Feedback.Add(new Feedback
            {
                HouseholdId = h.Id,
                PersonId = main.Id,
                Kind = FeedbackKind.Compliment,
                ReceivedOn = lastActive.AddDays(-f.Random.Int(1, 900)),
                Channel = f.PickRandom<ReceivedChannel>(),
                Subject = f.PickRandom("Vriendelijk geholpen aan de telefoon", "Fijne cursus", "Snelle hulp van de dienstverlener"),
            });
        }
    }

    private (string City, string Postcode) PickPlace()
    {
        var f = _faker;
        var pick = f.Random.Int(1, _totalPlaceWeight);
        foreach (var place in DutchPlaces.All)
        {
            pick -= place.Weight;
            if (pick <= 0)
            {
                string letters;
                do
                {
                    letters = f.Random.String2(2, "ABCDEGHJKLMNPRSTVWXZ");
                }
                while (letters is "SA" or "SD" or "SS");

                return (place.City, $"{f.Random.Int(place.From, place.To)}{letters}");
            }
        }

        throw new InvalidOperationException("Place weights do not add up.");
    }

    /// <summary>Bogus expects weights that add up to one.</summary>
    private static readonly float[] InfixWeights = Infixes.Select(i => i.Weight / (float)Infixes.Sum(x => x.Weight)).ToArray();

    private string PickInfix() => _faker.Random.WeightedRandom(Infixes.Select(i => i.Infix).ToArray(), InfixWeights);

    private string Phone(bool landline) =>
        landline
            ? $"0{_faker.PickRandom("77", "478", "485", "24", "26", "40", "73", "13", "43", "475")}-{_faker.Random.ReplaceNumbers("#######")}"[..11]
            : $"06-{_faker.Random.ReplaceNumbers("########")}";

    private string Email(Person p) =>
        $"{SearchText.Fold(p.FirstName)}.{SearchText.Fold(string.Concat(p.Infix, p.LastName)).Replace(" ", "")}{_faker.Random.Int(1, 99)}@{_faker.PickRandom("gmail.com", "hotmail.com", "kpnmail.nl", "ziggo.nl", "home.nl", "outlook.com")}";

    /// <summary>A day at least <paramref name="minDays"/> after <paramref name="from"/>, at the latest <paramref name="until"/> when there is room.</summary>
    private DateOnly Later(DateOnly from, int minDays, DateOnly until)
    {
        var span = Math.Max(minDays + 1, until.DayNumber - from.DayNumber);
        return from.AddDays(_faker.Random.Int(minDays, span));
    }
}
