using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.Breaches;

/// <summary>
/// Three breaches at different stages, relative to the demo's now: one being assessed and still inside its 72 hours,
/// one notified to the AP, and one documented without notification and closed with its measures.
/// </summary>
public sealed class BreachesDemoDataSeeder(TimeProvider clock) : IDemoDataSeeder
{
    private const string Agent = "demo-klantcontact-1";
    private const string AgentName = "Sanne de Jong";
    private const string Officer = "demo-fg";
    private const string OfficerName = "Mohammed el Amrani";

    public int Order => 400;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.Breaches.AnyAsync(ct))
        {
            return;
        }

        var households = await db.Households.AsNoTracking().Where(h => h.Status == MembershipStatus.Active)
            .OrderBy(h => h.MemberNumber).Select(h => h.Id).Take(6).ToListAsync(ct);
        if (households.Count < 6)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DutchTime.Today(clock);

        // 1. Inside its 72 hours: a letter sent to the wrong address, reported this morning, being assessed.
        var letter = Report(1, now.AddHours(-20), "Een herinnering voor de contributie is naar het verkeerde adres gestuurd: de buurman belde dat hij de brief van nummer 14 had gekregen.", "Naam, adres en het openstaande bedrag van één lid.");
        db.Add(letter);
        db.Add(BreachService.VersionOf(letter, BreachStep.Reported, Agent, AgentName, null));
        letter.UpdateFile(new BreachFileInput
        {
            Summary = "Contributieherinnering in de verkeerde envelop; de brief is bij de buurman bezorgd.",
            Kinds = BreachKind.Reading,
            DataCategories = BreachDataCategory.NameAndAddress | BreachDataCategory.Financial,
            Protection = BreachProtection.None,
            ConfidentialityAffected = true,
            Context = DataProcessingContext.Financial,
            Identification = EaseOfIdentification.Maximum,
            Confidentiality = ConfidentialityLoss.KnownRecipients,
        }, now.AddHours(-18));
        db.Add(BreachService.VersionOf(letter, BreachStep.Assessed, Officer, OfficerName, "Eerste beoordeling"));
        db.Add(Affected(letter, households[0]));

        // 2. Notified: a laptop with an export of the members' panel was stolen from a car.
        var laptop = Report(2, now.AddDays(-12), "Laptop van een medewerker gestolen uit de auto. Op de laptop stond een export van het ledenpanel.", "Namen en e-mailadressen van panelleden.");
        db.Add(laptop);
        db.Add(BreachService.VersionOf(laptop, BreachStep.Reported, "demo-beheerder", "Ingrid Visser", null));
        laptop.UpdateFile(new BreachFileInput
        {
            Summary = "Diefstal van een laptop met een export (Excel) van het ledenpanel; de schijf was niet versleuteld.",
            Kinds = BreachKind.Theft,
            DataCategories = BreachDataCategory.NameAndAddress | BreachDataCategory.Email,
            PersonsMin = 3,
            PersonsMax = 3,
            PersonGroups = "leden van het ledenpanel",
            Protection = BreachProtection.None,
            ConfidentialityAffected = true,
            LikelyHarm = "Kans op phishing-mails aan de panelleden.",
            Context = DataProcessingContext.Simple,
            Identification = EaseOfIdentification.Maximum,
            Confidentiality = ConfidentialityLoss.UnknownRecipients,
            Malicious = true,
        }, now.AddDays(-12).AddHours(3));
        db.Add(BreachService.VersionOf(laptop, BreachStep.Assessed, Officer, OfficerName, null));
        laptop.RecordNotification("AP-2026-118734", now.AddDays(-11), "Onbekende ontvanger met kwade opzet; risico voor de betrokkenen niet uit te sluiten.", null, now.AddDays(-11));
        db.Add(BreachService.VersionOf(laptop, BreachStep.Notified, Officer, OfficerName, "Meldnummer AP-2026-118734"));
        laptop.DecideMemberInformation(MemberInformation.NoHighRisk, "Ernst gemiddeld; de panelleden krijgen wel een waarschuwing in de nieuwsbrief.", null, null, now.AddDays(-10));
        db.Add(BreachService.VersionOf(laptop, BreachStep.MemberInformationDecided, Officer, OfficerName, null));
        foreach (var h in households.Skip(1).Take(3))
        {
            db.Add(Affected(laptop, h));
        }

        db.Add(Measure(laptop, "Alle laptops krijgen schijfversleuteling (BitLocker).", "Teamleider ICT", today.AddDays(14), null));

        // 3. Closed without notification: an e-mail to the wrong member, recalled the same day.
        var mail = Report(3, now.AddDays(-40), "E-mail met de bevestiging van een cursusaanmelding naar een ander lid gestuurd (verkeerd adres gekozen).", "Naam en cursus van één lid.");
        db.Add(mail);
        db.Add(BreachService.VersionOf(mail, BreachStep.Reported, "demo-klantcontact-2", "Daan van den Berg", null));
        mail.UpdateFile(new BreachFileInput
        {
            Summary = "Cursusbevestiging aan het verkeerde lid gemaild; de ontvanger heeft de mail op verzoek verwijderd.",
            Kinds = BreachKind.Reading,
            DataCategories = BreachDataCategory.NameAndAddress | BreachDataCategory.Email,
            PersonsMin = 1,
            PersonsMax = 1,
            Protection = BreachProtection.None,
            ConfidentialityAffected = true,
            Context = DataProcessingContext.Simple,
            Identification = EaseOfIdentification.Maximum,
            Confidentiality = ConfidentialityLoss.KnownRecipients,
        }, now.AddDays(-40).AddHours(2));
        db.Add(BreachService.VersionOf(mail, BreachStep.Assessed, Officer, OfficerName, null));
        mail.DecideNotToNotify("Eén bekende ontvanger die de mail heeft verwijderd; geen gevoelige gegevens: geen risico (art. 33 lid 1 AVG).", now.AddDays(-40).AddHours(3));
        db.Add(BreachService.VersionOf(mail, BreachStep.DecidedNotToNotify, Officer, OfficerName, null));
        mail.DecideMemberInformation(MemberInformation.NoHighRisk, "Laag risico; het lid is wel telefonisch op de hoogte gebracht.", null, today.AddDays(-40), now.AddDays(-40).AddHours(4));
        db.Add(BreachService.VersionOf(mail, BreachStep.MemberInformationDecided, Officer, OfficerName, null));
        db.Add(Affected(mail, households[4]));
        db.Add(Measure(mail, "Adresaanvulling in het mailprogramma uitgezet.", "Teamleider klantcontact", today.AddDays(-35), today.AddDays(-38)));
        mail.Touch(now.AddDays(-38));
        db.Add(BreachService.VersionOf(mail, BreachStep.MeasureRecorded, Officer, OfficerName, null));
        mail.Close(1, now.AddDays(-30));
        db.Add(BreachService.VersionOf(mail, BreachStep.Closed, Officer, OfficerName, null));

        await db.SaveChangesAsync(ct);
    }

    private static Breach Report(int number, DateTime awareUtc, string what, string data)
    {
        var breach = Breach.Report(number, number == 1 ? Agent : "demo", number == 1 ? AgentName : "Medewerker", awareUtc, awareUtc.AddMinutes(-25), what, data);
        breach.Touch(awareUtc);
        return breach;
    }

    private static BreachAffected Affected(Breach breach, Guid householdId) =>
        new() { BreachId = breach.Id, HouseholdId = householdId, Source = AffectedSource.Search, AddedAtUtc = breach.UpdatedAtUtc };

    private static BreachMeasure Measure(Breach breach, string what, string owner, DateOnly due, DateOnly? done)
    {
        var measure = new BreachMeasure { BreachId = breach.Id, Description = what, Owner = owner, DueOn = due, RecordedAtUtc = breach.UpdatedAtUtc };
        if (done is { } d)
        {
            measure.MarkDone(d);
        }

        return measure;
    }
}
