using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>The membership data: the person, the household's address and contact details, subscriptions, discount, fees, complaints, call notes.</summary>
public sealed class MembersAccessReportContributor : IAccessReportContributor
{
    public int Order => 0;

    public async Task<IReadOnlyList<AccessReportSection>> SectionsAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == householdId, ct);
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => s.HouseholdId == householdId && (s.PersonId == null || s.PersonId == personId)).ToListAsync(ct);
        var discounts = await db.InsuranceDiscounts.AsNoTracking().Where(d => d.PersonId == personId).ToListAsync(ct);
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.HouseholdId == householdId).OrderBy(c => c.Year).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.HouseholdId == householdId && (f.PersonId == null || f.PersonId == personId)).ToListAsync(ct);
        var notes = await db.CallNotes.AsNoTracking().Where(n => n.HouseholdId == householdId).OrderBy(n => n.CreatedAtUtc).ToListAsync(ct);
        var contacts = await db.ContactPersons.AsNoTracking().Where(c => c.HouseholdId == householdId).ToListAsync(ct);

        const string membership = "Ledenadministratie: uw lidmaatschap uitvoeren";
        const string contract = "Uitvoering van de overeenkomst (artikel 6, lid 1, sub b AVG)";
        const string fromYou = "Van u zelf (aanmelding en latere wijzigingen)";
        return
        [
            new("Uw persoonsgegevens", membership, contract, fromYou, "Tot 2 jaar na het einde van het lidmaatschap",
            [
                new("Naam", person.FullName),
                new("Voorletters", person.Initials ?? ""),
                new("Geboortedatum", person.DateOfBirth is { } born ? Dutch.LongDate(born) : ""),
                new("Rol in het huishouden", person.Role.Label()),
                new("Telefoon", person.Phone ?? ""),
                new("E-mail", person.Email ?? ""),
            ]),
            new("Uw lidmaatschap, adres en contactgegevens", membership, contract, fromYou, "Tot 2 jaar na het einde van het lidmaatschap",
            [
                new("Lidnummer", household.MemberNumber),
                new("Lid sinds", Dutch.LongDate(household.MemberSince)),
                new("Status", household.Status == MembershipStatus.Active ? "actief" : $"beëindigd op {Dutch.Date(household.MembershipEndedOn)}"),
                new("Adres", $"{household.Street} {household.HouseNumber}{household.HouseNumberAddition}, {household.Postcode} {household.City}"),
                new("Telefoon", household.Phone ?? ""),
                new("E-mail", household.Email ?? ""),
                new("Contact via contactpersoon", household.CommunicateThroughContactPerson ? "ja" : "nee"),
            ]),
            new("Contactpersonen", membership, contract, fromYou, "Zolang u lid bent",
                contacts.Select(c => new AccessReportRow(c.Relation, $"{c.Name} {c.Phone} {c.Email}".Trim())).ToList()),
            new("Abonnementen (magazine, ledenpas, nieuwsbrief, online magazine, ledenpanel)",
                "Magazine, ledenpas, nieuwsbrief en ledenpanel", "Uitvoering van de overeenkomst; nieuwsbrief en panel op basis van uw toestemming",
                fromYou, "Tot 2 jaar na beëindiging",
                subscriptions.Select(s => new AccessReportRow(s.Kind.CapitalisedLabel(), Period(s.StartDate, s.EndDate))).ToList()),
            new("Collectiviteitskorting zorgverzekering", "De korting met uw zorgverzekeraar verrekenen", contract, fromYou,
                "Tot 2 jaar na beëindiging van de korting",
                discounts.Select(d => new AccessReportRow(d.Insurer, Period(d.StartDate, d.EndDate))).ToList()),
            new("Contributie en betalingen", "Contributie innen en verantwoorden", "Wettelijke plicht (artikel 52 AWR, 7 jaar bewaren)", fromYou,
                "7 jaar na afloop van het boekjaar",
                contributions.Select(c => new AccessReportRow(
                    c.Year.ToString(CultureInfo.InvariantCulture),
                    $"verschuldigd {Dutch.Money(c.AmountDue)}, betaald {Dutch.Money(c.AmountPaid)}{(c.PaidOn is { } p ? $" op {Dutch.Date(p)}" : "")}")).ToList()),
            new("Klachten en complimenten", "Uw klacht of compliment afhandelen", "Gerechtvaardigd belang (artikel 6, lid 1, sub f AVG)", fromYou,
                "Tot 2 jaar na afhandeling",
                feedback.Select(f => new AccessReportRow($"{f.Kind.Label()} {Dutch.Date(f.ReceivedOn)}", $"{f.Subject}{(f.Outcome is null ? "" : $" – {f.Outcome}")}")).ToList()),
            new("Gespreksnotities", "U goed van dienst zijn bij een volgend contact", "Gerechtvaardigd belang (artikel 6, lid 1, sub f AVG)",
                "Onze medewerkers, tijdens gesprekken met u", "Tot 2 jaar na het gesprek",
                notes.Select(n => new AccessReportRow(Dutch.Moment(n.CreatedAtUtc), n.Text)).ToList()),
        ];
    }

    private static string Period(DateOnly from, DateOnly? to) => $"vanaf {Dutch.Date(from)}{(to is { } end ? $" tot {Dutch.Date(end)}" : "")}";
}
