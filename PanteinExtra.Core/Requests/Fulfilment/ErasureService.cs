using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Consent;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Referrals;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// Art. 17: erases the person's data everywhere, in one transaction through the audited save. A housemate is removed
/// with their consents, referrals and subscriptions. For the main member the membership ends and the household is
/// anonymised as retention does it; contributions stay (7-year fiscal duty, Art. 52 AWR, Art. 17(3)(b)) and are
/// restricted. Recipients are turned into notification tasks first, and the reply's addressee is kept with the request
/// (<see cref="DataSubjectRequest.KeepAddressee"/>). The outcome says what went, what stayed and why.
/// Once committed, <see cref="IErasedDataPurge"/> removes the erased values from the database's files as well.
/// </summary>
public sealed class ErasureService(
    IDbContextFactory<PortalDbContext> dbFactory,
    FulfilmentService fulfilment,
    AccessGuard guard,
    AuditContext auditContext,
    ICurrentUser user,
    IErasedDataPurge purge,
    TimeProvider clock)
{
    public async Task<Result<RequestSummary>> EraseAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Fulfil, AuditAction.Delete, [Roles.PrivacyOfficer], ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw new NotFoundException("Verzoek", requestId);
        if (request.Type != RequestType.Erasure || request.Status is not (RequestStatus.InProgress or RequestStatus.Extended))
        {
            return Result.Refused("Wissen kan alleen bij een verzoek om verwijdering dat in behandeling is.");
        }

        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == request.PersonId, ct);
        if (person is null || request.KeptAddressee is not null)
        {
            return Result.Refused("De gegevens van deze persoon zijn al gewist.");
        }

        // Art. 19: who received the data must be known before the disclosure records go.
        await fulfilment.CreateNotificationTasksAsync(requestId, ct);

        // The confirmation must still reach the member: the addressee is kept with the request, and only there.
        var household = await db.Households.AsNoTracking().SingleOrDefaultAsync(h => h.Id == request.HouseholdId, ct);
        var addressee = LetterAddressee.Of(person, household);
        request.KeepAddressee(addressee);
        using var purpose = auditContext.BeginPurpose(request.PurposeOfUse);
        var today = DutchTime.Today(clock);
        var outcome = person.Role == PersonRole.Housemate
            ? await RemoveHousemateAsync(db, person, ct)
            : await AnonymiseMembershipAsync(db, request, today, ct);
        db.Add(request.Note(TimelineEntryKind.Decision, outcome, user.DisplayName, clock.GetUtcNow().UtcDateTime));
        var touched = ErasedTables.Of(db);
        await db.SaveChangesAsync(ct);

        // Committed: now also from the database's files (ADR 074).
        await purge.PurgeAsync(touched, ct);
        return Result.Ok(RequestService.Summarise(request, addressee.Name, today), outcome);
    }

    private static async Task<string> RemoveHousemateAsync(PortalDbContext db, Person person, CancellationToken ct)
    {
        var removed = await RemovePersonalRecordsAsync(db, [person.Id], ct);
        db.Remove(person);
        return "Gewist: uw naam, geboortedatum en contactgegevens, " + removed + ". Bewaard: niets van u persoonlijk; " +
            "de contributie staat op naam van het lidmaatschap.";
    }

    private static async Task<string> AnonymiseMembershipAsync(PortalDbContext db, DataSubjectRequest request, DateOnly today, CancellationToken ct)
    {
        var household = await db.Households.SingleAsync(h => h.Id == request.HouseholdId, ct);
        var persons = await db.Persons.Where(p => p.HouseholdId == household.Id).ToListAsync(ct);
        var removed = await RemovePersonalRecordsAsync(db, persons.Select(p => p.Id).ToList(), ct);
        db.RemoveRange(await db.ContactPersons.Where(c => c.HouseholdId == household.Id).ToListAsync(ct));
        db.RemoveRange(await db.CallNotes.Where(n => n.HouseholdId == household.Id).ToListAsync(ct));
        foreach (var feedback in await db.Feedback.Where(f => f.HouseholdId == household.Id).ToListAsync(ct))
        {
            feedback.Anonymise();
        }

        foreach (var subscription in await db.Subscriptions.Where(s => s.HouseholdId == household.Id && (s.EndDate == null || s.EndDate > today)).ToListAsync(ct))
        {
            subscription.End(today);
        }

        persons.ForEach(p => p.Anonymise());
        household.Anonymise(today);
        household.EndMembership(today);

        var fiscal = await db.Contributions.CountAsync(c => c.HouseholdId == household.Id, ct);
        if (fiscal > 0)
        {
            db.Add(ProcessingRestriction.For(request, today));
        }

        return "Gewist of onherkenbaar gemaakt: namen, adres, telefoon, e-mail en geboortedatum van het huishouden, contactpersonen, " +
            "gespreksnotities en de inhoud van klachten, " + removed + "; het lidmaatschap is beëindigd. " +
            (fiscal > 0
                ? $"Bewaard: {Dutch.Count(fiscal, "contributieregel", "contributieregels")} met het lidnummer, omdat wij die 7 jaar moeten bewaren voor de belastingdienst " +
                  "(artikel 52 AWR; artikel 17, lid 3, sub b AVG). Deze gegevens zijn afgeschermd en worden alleen daarvoor gebruikt, " +
                  "en daarna verwijderd. Voor statistiek bewaren wij alleen woonplaats, de cijfers van de postcode, de lidmaatschapsjaren en een geboortejaar in vijftallen."
                : "Bewaard: alleen woonplaats, de cijfers van de postcode, de lidmaatschapsjaren en een geboortejaar in vijftallen, voor statistiek.");
    }

    /// <summary>Consents, referrals and their disclosure records, personal subscriptions, discount registrations and course registrations.</summary>
    private static async Task<string> RemovePersonalRecordsAsync(PortalDbContext db, IReadOnlyList<Guid> personIds, CancellationToken ct)
    {
        var consents = await db.ConsentEvents.Where(e => personIds.Contains(e.PersonId)).ToListAsync(ct);
        var disclosures = await db.Disclosures.Where(d => personIds.Contains(d.PersonId)).ToListAsync(ct);
        var referrals = await db.Referrals.Where(r => personIds.Contains(r.PersonId)).ToListAsync(ct);
        var subscriptions = await db.Subscriptions.Where(s => s.PersonId != null && personIds.Contains(s.PersonId.Value)).ToListAsync(ct);
        var discounts = await db.InsuranceDiscounts.Where(d => personIds.Contains(d.PersonId)).ToListAsync(ct);
        var courses = await db.CourseRegistrations.Where(r => personIds.Contains(r.PersonId)).ToListAsync(ct);
        db.RemoveRange(consents);
        db.RemoveRange(disclosures);
        db.RemoveRange(referrals);
        db.RemoveRange(subscriptions);
        db.RemoveRange(discounts);
        db.RemoveRange(courses);
        return $"{Dutch.Count(consents.Count, "toestemmingsregistratie", "toestemmingsregistraties")}, " +
            $"{Dutch.Count(referrals.Count, "doorverwijzing", "doorverwijzingen")}, " +
            $"{Dutch.Count(subscriptions.Count, "persoonlijk abonnement", "persoonlijke abonnementen")}, " +
            $"{Dutch.Count(discounts.Count, "registratie", "registraties")} voor de collectiviteitskorting " +
            $"en {Dutch.Count(courses.Count, "aanmelding", "aanmeldingen")} voor cursussen en bijeenkomsten";
    }
}
