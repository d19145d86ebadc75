using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;

namespace PanteinExtra.DemoData.Intake;

/// <summary>
/// A few website forms in the inbox, of each kind: sign-ups of two demo members (so the match search finds them) and of
/// someone unknown, two membership applications, two questions, and one rejected form. Runs after the members; copes
/// with no households.
/// </summary>
public sealed class IntakeDemoDataSeeder(TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 260;

    public async Task SeedAsync(PortalDbContext db, CancellationToken ct)
    {
        if (await db.IntakeItems.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var members = await db.Persons.AsNoTracking()
            .Where(p => p.Role == PersonRole.MainMember && p.Email != null)
            .Join(db.Households.AsNoTracking().Where(h => h.DataErasedOn == null), p => p.HouseholdId, h => h.Id, (p, h) => new { p, h })
            .OrderBy(x => x.h.MemberNumber).Take(2).ToListAsync(ct);

        var items = new List<IntakeItem>();
        for (var i = 0; i < members.Count; i++)
        {
            var (p, h) = (members[i].p, members[i].h);
            var kind = i == 0 ? IntakeKind.NewsletterSignUp : IntakeKind.OnlineMagazineSignUp;
            items.Add(Item(kind, now.AddHours(-5 - (i * 20)), new ConfirmedSignUpInput
            {
                Initials = p.Initials,
                FirstName = p.FirstName,
                Infix = p.Infix,
                LastName = p.LastName,
                Email = p.Email,
                Postcode = Dutch.Postcode(h.Postcode),
                HouseNumber = h.HouseNumber,
                ConfirmationReference = $"DOI-{4711 + i}",
                ConfirmedAt = new DateTimeOffset(now.AddHours(-6 - (i * 20)), TimeSpan.Zero),
            }));
        }

        items.Add(Item(IntakeKind.NewsletterSignUp, now.AddDays(-2), new ConfirmedSignUpInput
        {
            FirstName = "Joost",
            LastName = "Verhoeven",
            Email = "joost.verhoeven@example.nl",
            ConfirmationReference = "DOI-4720",
            ConfirmedAt = new DateTimeOffset(now.AddDays(-2).AddMinutes(-12), TimeSpan.Zero),
        }));
        items.Add(Item(IntakeKind.MembershipApplication, now.AddHours(-3), new MembershipApplicationInput
        {
            Initials = "G.H.",
            FirstName = "Gerda",
            LastName = "Hendriks",
            DateOfBirth = new DateOnly(1952, 6, 14),
            Street = "Molenstraat",
            HouseNumber = 41,
            Postcode = "6511 KL",
            City = "Nijmegen",
            Phone = "024-3456789",
            Email = "gerda.hendriks@example.nl",
            HousemateFirstName = "Theo",
            HousemateLastName = "Hendriks",
            HousemateDateOfBirth = new DateOnly(1950, 1, 30),
            StartDate = DutchTime.Today(clock).AddDays(14),
            PaymentMethod = PaymentMethod.DirectDebit,
            Newsletter = true,
            OnlineMagazine = false,
            MembersPanel = true,
        }));
        items.Add(Item(IntakeKind.MembershipApplication, now.AddDays(-1), new MembershipApplicationInput
        {
            FirstName = "Ahmed",
            LastName = "El Amrani",
            DateOfBirth = new DateOnly(1961, 11, 2),
            Street = "Kerkstraat",
            HouseNumber = 7,
            HouseNumberAddition = "B",
            Postcode = "5831 AC",
            City = "Boxmeer",
            Email = "a.elamrani@example.nl",
            StartDate = DutchTime.Today(clock).AddMonths(1),
            PaymentMethod = PaymentMethod.Invoice,
            Newsletter = false,
            OnlineMagazine = true,
            MembersPanel = false,
        }));
        items.Add(Item(IntakeKind.Question, now.AddHours(-1), new QuestionInput
        {
            Name = "Marja de Bruin",
            Email = "marja.debruin@example.nl",
            Phone = "06-23456789",
            Subject = "Ledenpas kwijt",
            Text = "Ik ben mijn ledenpas verloren. Kan ik een nieuwe krijgen?",
        }));
        items.Add(Item(IntakeKind.Question, now.AddDays(-3), new QuestionInput
        {
            Name = "Kees van Dijk",
            Email = "kees.vandijk@example.nl",
            Subject = "Korting zorgverzekering",
            Text = "Geldt de korting ook voor mijn aanvullende verzekering?",
        }));
        var spam = Item(IntakeKind.Question, now.AddDays(-4), new QuestionInput
        {
            Name = "Gratis prijzen",
            Email = "win@example.com",
            Subject = "U heeft gewonnen",
            Text = "Klik hier.",
        });
        spam.Reject("Reclame, geen vraag van een lid of belangstellende.", "demo-klantcontact-1", "Sanne de Jong", now.AddDays(-4).AddHours(2));
        items.Add(spam);

        db.IntakeItems.AddRange(items);
        await db.SaveChangesAsync(ct);
    }

    private static IntakeItem Item(IntakeKind kind, DateTime receivedAtUtc, IIntakeInput input)
    {
        var signUp = input as ConfirmedSignUpInput;
        return new IntakeItem
        {
            Reference = IntakeSubmissionService.NewReference(),
            Kind = kind,
            ReceivedAtUtc = receivedAtUtc,
            ClientName = "Website (hoofdsite)",
            DisplayName = input.ListName(),
            Payload = IntakePayload.Serialise(input),
            ConfirmationReference = signUp?.ConfirmationReference,
            ConfirmedAtUtc = signUp?.ConfirmedAt?.UtcDateTime,
        };
    }
}
