using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Requests;

namespace PanteinExtra.Core.Members;

/// <summary>
/// The welcome letter of a new membership, for the call-centre to print and send. It is made from the household as it
/// stands, so a correction made since the sign-up is in it. Only for a membership that starts or started within
/// <see cref="Window"/> days of today: the letter is part of the sign-up, not a way to read an old member's address.
/// </summary>
public sealed class WelcomeLetterService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    ConfidentialityGuard confidentiality,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int Window = 60;

    public const string Purpose = "inschrijving nieuw lid: welkomstbrief";

    public const string NotNew = "Een welkomstbrief hoort bij een nieuwe inschrijving: dit lidmaatschap ging langer dan 60 dagen geleden in.";

    private static readonly string[] Agents = [Roles.CallCentre];

    public async Task<Result<WelcomeLetterDocument>> RenderAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.WelcomeLetter, AuditAction.Export, Agents, ct);
        await confidentiality.RequireCurrentAsync(MembersEventTypes.WelcomeLetter, AuditAction.Export, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var household = await db.Households.AsNoTracking()
            .Include(h => h.Persons).Include(h => h.ContactPersons).Include(h => h.Subscriptions).Include(h => h.Contributions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(h => h.Id == householdId, ct);
        if (household is null)
        {
            return Result.NotFound("Dit huishouden bestaat niet.");
        }

        var today = DutchTime.Today(clock);
        var main = household.Persons.FirstOrDefault(p => p.Role == PersonRole.MainMember);
        if (household.IsErased || main is null || household.MemberSince < today.AddDays(-Window)
            || await db.ProtectedHouseholds.AsNoTracking().AnyAsync(p => p.HouseholdId == householdId, ct))
        {
            await RecordAsync(householdId, AuditOutcome.Denied, ct);
            return Result.Refused(household.IsErased ? HouseholdAccessRules.Erased : NotNew);
        }

        var sender = await LetterSender.ForMembersAsync(db, ct);
        var text = WelcomeLetter.Text(Facts(household, main, today), sender, today);
        var pdf = WelcomeLetter.Pdf(text, Letterhead.From(sender), today);
        await RecordAsync(householdId, AuditOutcome.Success, ct);
        return Result.Ok(new WelcomeLetterDocument(WelcomeLetter.FileName(household.MemberNumber), text, pdf));
    }

    private static WelcomeLetterFacts Facts(Household h, Person main, DateOnly today)
    {
        var contribution = h.Contributions.OrderBy(c => c.Year).FirstOrDefault();
        var consented = h.Subscriptions
            .Where(s => s.PersonId == main.Id && !s.IsEndedBy(today))
            .Select(s => s.Kind).Distinct().OrderBy(k => k).ToList();
        var contact = h.ContactPersons.OrderBy(c => c.Name).FirstOrDefault();
        var recorded = new List<string> { "uw naam", "uw geboortedatum", "uw adres" };
        if (h.Phone is not null || main.Phone is not null)
        {
            recorded.Add("uw telefoonnummer");
        }

        if (h.Email is not null || main.Email is not null)
        {
            recorded.Add("uw e-mailadres");
        }

        if (h.Persons.Any(p => p.Role == PersonRole.Housemate))
        {
            recorded.Add("de namen van uw huisgenoten");
        }

        if (contact is not null)
        {
            recorded.Add("de gegevens van uw contactpersoon");
        }

        recorded.Add("uw keuzes over toestemming");
        return new WelcomeLetterFacts(
            LetterAddressee.Of(main, h),
            main.FullName,
            h.MemberNumber,
            h.MemberSince,
            h.Persons.Where(p => p.Role == PersonRole.Housemate).OrderBy(p => p.FirstName).Select(p => p.FullName).ToList(),
            contribution?.AmountDue ?? 0m,
            contribution?.Year ?? h.MemberSince.Year,
            contribution?.Method ?? PaymentMethod.Invoice,
            consented,
            contact is null ? null : $"{contact.Name} ({contact.Relation})",
            h.CommunicateThroughContactPerson,
            recorded);
    }

    private Task RecordAsync(Guid householdId, AuditOutcome outcome, CancellationToken ct) =>
        audit.RecordAsync(
            new AuditRecord(MembersEventTypes.WelcomeLetter, AuditAction.Export)
            {
                Outcome = outcome,
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = Purpose,
                Details = new Dictionary<string, object?> { ["format"] = "pdf" },
            },
            ct);
}

/// <summary>The welcome letter: its file name, its text (shown on screen) and the A4 PDF.</summary>
public sealed record WelcomeLetterDocument(string FileName, string Text, byte[] Pdf);
