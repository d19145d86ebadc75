using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention.Kinds;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>The membership data: the person, the household's address and contact details, subscriptions, discount, fees, complaints, compliments, call notes.</summary>
public sealed class MembersAccessReportContributor : IAccessReportContributor
{
    public int Order => 0;

    public async Task<IReadOnlyList<AccessReportData>> DataAsync(PortalDbContext db, Guid householdId, Guid personId, CancellationToken ct)
    {
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == householdId, ct);
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => s.HouseholdId == householdId && (s.PersonId == null || s.PersonId == personId)).OrderBy(s => s.StartDate).ToListAsync(ct);
        var discounts = await db.InsuranceDiscounts.AsNoTracking().Where(d => d.PersonId == personId).OrderBy(d => d.StartDate).ToListAsync(ct);
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.HouseholdId == householdId).OrderBy(c => c.Year).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking()
            .Where(f => f.HouseholdId == householdId && (f.PersonId == null || f.PersonId == personId)).OrderBy(f => f.ReceivedOn).ToListAsync(ct);
        var notes = await db.CallNotes.AsNoTracking().Where(n => n.HouseholdId == householdId).OrderBy(n => n.CreatedAtUtc).ToListAsync(ct);
        var contacts = await db.ContactPersons.AsNoTracking().Where(c => c.HouseholdId == householdId).ToListAsync(ct);

        return
        [
            new("Uw persoonsgegevens", person.Role == PersonRole.Housemate ? HousemateRecordKind.KindKey : HouseholdRecordKind.KindKey, AuditArea.Members,
            [
                new("Naam", person.FullName),
                new("Voorletters", person.Initials ?? ""),
                new("Geboortedatum", person.DateOfBirth is { } born ? Dutch.LongDate(born) : ""),
                new("Rol in het huishouden", person.Role.CapitalisedLabel()),
                new("Telefoon", person.Phone ?? ""),
                new("E-mail", person.Email ?? ""),
            ]),
            new("Uw lidmaatschap, adres en contactgegevens", HouseholdRecordKind.KindKey, AuditArea.Members,
            [
                new("Lidnummer", household.MemberNumber),
                new("Lid sinds", Dutch.LongDate(household.MemberSince)),
                new("Status", household.Status == MembershipStatus.Active ? "Actief" : $"Beëindigd op {Dutch.Date(household.MembershipEndedOn)}"),
                new("Adres", $"{household.Street} {household.HouseNumber}{household.HouseNumberAddition}, {Dutch.Postcode(household.Postcode)} {household.City}"),
                new("Telefoon", household.Phone ?? ""),
                new("E-mail", household.Email ?? ""),
                new("Contact via contactpersoon", household.CommunicateThroughContactPerson ? "Ja" : "Nee"),
            ]),
            new("Contactpersonen", ContactPersonRecordKind.KindKey, AuditArea.Members,
                contacts.Select(c => new AccessReportRow(c.Relation, string.Join(", ", new[] { c.Name, c.Phone, c.Email }.Where(v => !string.IsNullOrWhiteSpace(v))))).ToList()),
            new("Abonnementen (ledenblad, ledenpas, nieuwsbrief, online magazine, ledenpanel)", EndDatedRecordKinds.Subscription.Key, AuditArea.Members,
                subscriptions.Select(s => new AccessReportRow(s.Kind.CapitalisedLabel(), Period(s.StartDate, s.EndDate))).ToList()),
            new("Collectiviteitskorting zorgverzekering", EndDatedRecordKinds.InsuranceDiscount.Key, AuditArea.InsuranceDiscounts,
                discounts.Select(d => new AccessReportRow(d.Insurer, Period(d.StartDate, d.EndDate))).ToList()),
            new("Contributie en betalingen", ContributionRecordKind.KindKey, AuditArea.Contributions,
                contributions.Select(c => new AccessReportRow(
                    c.Year.ToString(CultureInfo.InvariantCulture),
                    $"Verschuldigd {Dutch.Money(c.AmountDue)}, betaald {Dutch.Money(c.AmountPaid)}{(c.PaidOn is { } p ? $" op {Dutch.Date(p)}" : "")}")).ToList()),
            Feedback("Klachten", ComplaintRecordKind.KindKey, feedback.Where(f => f.Kind == FeedbackKind.Complaint)),
            Feedback("Complimenten", ComplimentRecordKind.KindKey, feedback.Where(f => f.Kind == FeedbackKind.Compliment)),
            new("Gespreksnotities", CallNoteRecordKind.KindKey, AuditArea.Members,
                notes.Select(n => new AccessReportRow(Dutch.Moment(n.CreatedAtUtc), n.Text)).ToList()),
        ];
    }

    private static AccessReportData Feedback(string title, string kind, IEnumerable<Feedback> items) =>
        new(title, kind, AuditArea.Complaints, items.Select(f => new AccessReportRow(
            $"Ontvangen op {Dutch.Date(f.ReceivedOn)}",
            $"{f.Subject}{(f.ClosedOn is { } closed ? $" (afgehandeld op {Dutch.Date(closed)}{(f.Outcome is null ? "" : $": {f.Outcome}")})" : " (in behandeling)")}")).ToList());

    private static string Period(DateOnly from, DateOnly? to) => $"Vanaf {Dutch.Date(from)}{(to is { } end ? $" tot {Dutch.Date(end)}" : "")}";
}
