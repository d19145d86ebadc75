using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.DemoData.Register;

namespace PanteinExtra.DemoData.Consent;

/// <summary>
/// First-run consent purposes (with a reworded newsletter text, so two versions exist) and, when demo households
/// exist, consent records that match their subscriptions plus some referral consents. Runs after the members seeder;
/// with no households it seeds the purposes only.
/// </summary>
public sealed class ConsentDemoDataSeeder(TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 200;

    private static readonly DateTime FirstWordingUtc = new(2018, 5, 25, 0, 0, 0, DateTimeKind.Utc);

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (!await db.ConsentPurposes.AnyAsync(ct))
        {
            var activities = await db.ProcessingActivities.AsNoTracking().Select(a => new { a.Name, a.Id }).ToListAsync(ct);
            foreach (var purpose in DemoPurposes(clock.GetUtcNow().UtcDateTime))
            {
                // The receipt tells what the register says of the activity the consent is asked for.
                var activity = ActivityOf(purpose.Kind) is { } name ? activities.FirstOrDefault(a => a.Name == name) : null;
                purpose.LinkToActivity(activity?.Id);
                db.Add(purpose);
            }

            await db.SaveChangesAsync(ct);
        }

        if (await db.ConsentEvents.AnyAsync(ct) || !await db.Households.AnyAsync(ct))
        {
            return;
        }

        var purposes = await db.ConsentPurposes.AsNoTracking().Include(p => p.Versions).ToListAsync(ct);
        var subscriptions = (await db.Subscriptions.AsNoTracking()
            .Where(s => s.PersonId != null && (s.Kind == SubscriptionKind.Newsletter || s.Kind == SubscriptionKind.OnlineMagazine || s.Kind == SubscriptionKind.MembersPanel))
            .ToListAsync(ct)).OrderBy(s => s.StartDate).ToList();
        var lastEvent = new Dictionary<(Guid Person, Guid Purpose), ConsentEvent>();
        var mainMembers = await db.Persons.AsNoTracking().Where(p => p.Role == PersonRole.MainMember)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.HouseholdId }).ToListAsync(ct);
        var random = new Random(2026);
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var subscription in subscriptions)
        {
            var purpose = purposes.FirstOrDefault(p => ConsentPurposeKinds.LinkedSubscription(p.Kind) == subscription.Kind);
            if (purpose is null)
            {
                continue;
            }

            var key = (subscription.PersonId!.Value, purpose.Id);
            var givenAt = Moment(subscription.StartDate, now);
            if (lastEvent.TryGetValue(key, out var previous) && (previous.OccurredAtUtc >= givenAt || previous.Action == ConsentAction.Given))
            {
                continue; // an overlapping second subscription of the same kind rests on the consent already there
            }

            var given = Event(purpose, subscription.HouseholdId, key.Item1, ConsentAction.Given, givenAt,
                random.Next(2) == 0 ? ConsentChannel.Website : ConsentChannel.Email, previous);
            db.Add(lastEvent[key] = given);
            // An ended subscription was stopped by withdrawing; one that ends later still rests on the consent.
            if (subscription.EndDate is { } end && end <= DutchTime.Today(clock) && Moment(end, now) > givenAt)
            {
                db.Add(lastEvent[key] = Event(purpose, subscription.HouseholdId, key.Item1, ConsentAction.Withdrawn, Moment(end, now), ConsentChannel.Email, given));
            }
        }

        var referral = purposes.First(p => p.Kind == ConsentPurposeKind.ReferralSharing);
        foreach (var member in mainMembers.Where((_, i) => i % 20 == 3))
        {
            db.Add(Event(referral, member.HouseholdId, member.Id, ConsentAction.Given, now.AddDays(-random.Next(10, 400)), ConsentChannel.Phone, null));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The first register's activity (by name) each kind of purpose is asked for.</summary>
    private static string? ActivityOf(ConsentPurposeKind kind) => kind switch
    {
        ConsentPurposeKind.Newsletter or ConsentPurposeKind.OnlineMagazine => RegisterDemoData.NewsletterActivity,
        ConsentPurposeKind.MembersPanel => RegisterDemoData.PanelActivity,
        ConsentPurposeKind.ReferralSharing => RegisterDemoData.ReferralActivity,
        _ => null,
    };

    private static DateTime Moment(DateOnly date, DateTime nowUtc)
    {
        var moment = DutchTime.StartOfDayUtc(date).AddHours(10);
        return moment > nowUtc ? nowUtc : moment;
    }

    private static ConsentEvent Event(
        ConsentPurpose purpose, Guid householdId, Guid personId, ConsentAction action, DateTime atUtc, ConsentChannel channel, ConsentEvent? previous)
    {
        // A withdrawal is recorded on the wording that was given; a gift on the wording in force at that moment.
        var onGivenWording = action == ConsentAction.Withdrawn && previous is { Action: ConsentAction.Given };
        var version = purpose.Versions.Where(v => v.EffectiveFromUtc <= atUtc).MaxBy(v => v.Version) ?? purpose.Versions.MinBy(v => v.Version)!;
        return new ConsentEvent
        {
            HouseholdId = householdId,
            PersonId = personId,
            PurposeId = purpose.Id,
            PurposeVersionId = onGivenWording ? previous!.PurposeVersionId : version.Id,
            PurposeVersion = onGivenWording ? previous!.PurposeVersion : version.Version,
            Sequence = (previous?.Sequence ?? 0) + 1,
            Action = action,
            OccurredAtUtc = atUtc,
            Channel = channel,
            RecordedByUserId = "demo-klantcontact-1",
            RecordedByName = "Sanne de Jong",
            GivenBy = ConsentGivenBy.Person,
        };
    }

    internal static IEnumerable<ConsentPurpose> DemoPurposes(DateTime nowUtc)
    {
        ConsentPurpose Purpose(string code, string name, ConsentPurposeKind kind, string wording)
        {
            var purpose = new ConsentPurpose { Code = code, Name = name, Kind = kind, CreatedAtUtc = FirstWordingUtc };
            purpose.AddWording(wording, FirstWordingUtc, "Ingrid Visser");
            return purpose;
        }

        yield return Purpose(
            "doorverwijzing-delen", "Gegevens delen met een dienstverlener bij doorverwijzing", ConsentPurposeKind.ReferralSharing,
            "Mag Pantein Extra uw naam, adres en telefoonnummer, en waar de dienst dat vraagt uw e-mailadres, geboortedatum of "
            + "lidnummer, delen met de dienstverlener naar wie wij u doorverwijzen, zodat die contact met u opneemt over de dienst "
            + "die u vraagt? Wij delen niet meer dan die dienstverlener nodig heeft. U kunt deze toestemming altijd intrekken.");
        var newsletter = Purpose(
            "nieuwsbrief", "Maandelijkse nieuwsbrief", ConsentPurposeKind.Newsletter,
            "Mag Pantein Extra u elke maand de nieuwsbrief sturen op uw e-mailadres? U kunt zich altijd weer afmelden.");
        newsletter.AddWording(
            "Mag Pantein Extra u elke maand de digitale nieuwsbrief met nieuws, activiteiten en aanbiedingen van Pantein Extra "
            + "sturen op uw e-mailadres? U kunt zich altijd afmelden, via de link in de nieuwsbrief of door ons te bellen.",
            nowUtc.AddDays(-90), "Ingrid Visser");
        yield return newsletter;
        yield return Purpose(
            "online-magazine", "Online magazine", ConsentPurposeKind.OnlineMagazine,
            "Mag Pantein Extra u het online magazine sturen op uw e-mailadres? U kunt zich altijd weer afmelden.");
        yield return Purpose(
            "ledenpanel", "Ledenpanel", ConsentPurposeKind.MembersPanel,
            "Mag Pantein Extra u als lid van het ledenpanel enkele keren per jaar per e-mail of telefoon om uw mening vragen "
            + "over onze diensten? Uw antwoorden gebruiken wij alleen om onze dienstverlening te verbeteren.");
        yield return Purpose(
            "contact-via-contactpersoon", "Contact via contactpersoon", ConsentPurposeKind.ContactThroughContactPerson,
            "Mag Pantein Extra over uw lidmaatschap en diensten contact hebben met uw formele contactpersoon, en hem of haar "
            + "daarvoor uw gegevens laten inzien?");
    }
}
