using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Opens a household. <see cref="HouseholdAccess"/> decides: an agent sees the full details only after a caller check
/// that verified the caller for this household, otherwise the limited view (what the search list showed); the FG reads
/// everything, read-only for supervision or for the request being worked on. A household whose data was erased shows
/// only that (<see cref="ErasedHousehold"/>), to everyone. Every opening is audited before anything is returned, with
/// the purpose of use of that decision.
/// </summary>
public sealed class HouseholdService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    HouseholdAccess access,
    CallContext calls,
    LogControl.ConfidentialityGuard confidentiality,
    TimeProvider clock)
{
    public const string SupervisionPurpose = HouseholdAccessRules.SupervisionPurpose;

    /// <summary>The purpose of the limited view an agent sees while recording who is calling.</summary>
    public const string BeforeCallerCheckPurpose = "telefonisch contact: beller nog niet vastgesteld";

    private static readonly string[] Readers = [Roles.CallCentre, Roles.PrivacyOfficer];

    public async Task<HouseholdView> OpenAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.HouseholdView, AuditAction.View, Readers, ct);
        await confidentiality.RequireCurrentAsync(MembersEventTypes.HouseholdView, AuditAction.View, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var caller = calls.For(householdId);
        var decision = await access.DecideAsync(householdId, HouseholdAccessNeed.Read, ct);
        var full = decision.IsAllowed;
        var isProtected = decision.IsProtected;
        var purpose = decision.Grant?.PurposeOfUse ?? caller?.PurposeOfUse ?? BeforeCallerCheckPurpose;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (decision.Refusal == HouseholdAccessRules.Erased)
        {
            // Logged under the purpose the opening had: the call's, the FG's supervision, or "caller not yet known".
            var erasedPurpose = decision.RefusalPurpose == HouseholdAccessRules.NoGroundPurpose ? BeforeCallerCheckPurpose : decision.RefusalPurpose;
            return await ErasedAsync(db, householdId, erasedPurpose, started, ct);
        }

        var summary = await SummaryAsync(db, householdId, ct) ?? throw new NotFoundException("Huishouden", householdId);
        var details = full ? await DetailsAsync(db, householdId, ct) : null;
        var choices = details is not null
            ? details.ContactPersons.Select(c => new ContactPersonChoice(c.Id, c.Name, c.Relation)).ToList()
            : await db.ContactPersons.AsNoTracking()
                .Where(c => c.HouseholdId == householdId)
                .OrderBy(c => c.Name)
                .Select(c => new ContactPersonChoice(c.Id, c.Name, c.Relation))
                .ToListAsync(ct);

        await audit.RecordAsync(
            new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View)
            {
                StartedAtUtc = started,
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = purpose,
                Details = ViewDetails(full, isProtected, calls.StatedReasonFor(householdId)),
            },
            ct);
        return new HouseholdView(summary, caller, !full, details, choices)
        {
            IsReadOnly = decision.Grant?.IsSupervision == true,
            IsProtected = isProtected,
            ReasonRequired = decision.ReasonRequired,
            Refusal = caller is null ? null : decision.Refusal,
        };
    }

    /// <summary>The view's custom fields: full or limited, and for a protected household the reason stated in this call.</summary>
    private static Dictionary<string, object?> ViewDetails(bool full, bool isProtected, string? statedReason)
    {
        var details = new Dictionary<string, object?> { ["view"] = full ? "volledig" : "beperkt" };
        if (isProtected)
        {
            details["beschermd"] = true;
            if (full && statedReason is not null)
            {
                details["reden"] = statedReason;
            }
        }

        return details;
    }

    /// <summary>
    /// An erased household: only that its membership ended and its data was erased; the kept (restricted) fiscal rows
    /// and the anonymised remains are not read. The attempt is audited like every opening, with its purpose.
    /// </summary>
    private async Task<HouseholdView> ErasedAsync(PortalDbContext db, Guid householdId, string purpose, DateTime started, CancellationToken ct)
    {
        var erased = await db.Households.AsNoTracking()
            .Where(h => h.Id == householdId)
            .Select(h => new ErasedHousehold(h.Id, h.MemberNumber, h.MembershipEndedOn))
            .SingleAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(MembersEventTypes.HouseholdView, AuditAction.View)
            {
                StartedAtUtc = started,
                TargetType = nameof(Household),
                TargetId = householdId.ToString(),
                SubjectHouseholdId = householdId,
                PurposeOfUse = purpose,
                Details = new Dictionary<string, object?> { ["view"] = "gewist" },
            },
            ct);
        var summary = new HouseholdSummary(householdId, erased.MemberNumber, erased.Notice, "", MembershipStatus.Ended);
        return new HouseholdView(summary, Caller: null, IsLimited: true, Details: null, ContactPersonChoices: []) { IsReadOnly = true, Erased = erased };
    }

    private static async Task<HouseholdSummary?> SummaryAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var row = await db.Households.AsNoTracking()
            .Where(h => h.Id == id)
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                h.City,
                h.Status,
                Main = h.Persons.Where(p => p.Role == PersonRole.MainMember).Select(p => new { p.FirstName, p.Infix, p.LastName }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new HouseholdSummary(
            row.Id,
            row.MemberNumber,
            row.Main is { } m ? PersonNames.Full(m.FirstName, m.Infix, m.LastName) : "(geen personen)",
            row.City,
            row.Status);
    }

    private async Task<HouseholdDetails?> DetailsAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var h = await db.Households.AsNoTracking().AsSplitQuery()
            .Include(x => x.Persons)
            .Include(x => x.ContactPersons)
            .Include(x => x.Subscriptions)
            .Include(x => x.InsuranceDiscounts)
            .Include(x => x.Contributions)
            .Include(x => x.Feedback)
            .Include(x => x.CallNotes)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return null;
        }

        var today = DutchTime.Today(clock);
        return new HouseholdDetails(
            h.Id, h.MemberNumber, h.Status, h.MemberSince, h.MembershipEndedOn, h.Street, h.HouseNumber, h.HouseNumberAddition,
            h.Postcode, h.City, h.Phone, h.Email, h.PreferredChannel, h.CommunicateThroughContactPerson, h.ConcurrencyStamp,
            h.Persons.OrderBy(p => p.Role == PersonRole.MainMember ? 0 : 1).ThenBy(p => p.DateOfBirth)
                .Select(p => new PersonDetails(p.Id, p.Role, p.Initials, p.FirstName, p.Infix, p.LastName, p.DateOfBirth, p.Phone, p.Email, p.ConcurrencyStamp))
                .ToList(),
            h.ContactPersons.OrderBy(c => c.Name)
                .Select(c => new ContactPersonDetails(c.Id, c.Name, c.Relation, c.Phone, c.Email, c.Permissions)).ToList(),
            h.Subscriptions.OrderBy(s => s.Kind).ThenByDescending(s => s.StartDate)
                .Select(s => new SubscriptionDetails(s.Id, s.Kind, s.PersonId, s.StartDate, s.EndDate, s.Channel, s.IsActiveOn(today))).ToList(),
            h.InsuranceDiscounts.OrderByDescending(i => i.StartDate)
                .Select(i => new InsuranceDiscountDetails(i.Id, i.PersonId, i.Insurer, i.StartDate, i.EndDate)).ToList(),
            h.Contributions.OrderByDescending(c => c.Year)
                .Select(c => new ContributionDetails(c.Year, c.AmountDue, c.AmountPaid, c.PaidOn, c.Method)).ToList(),
            h.Feedback.OrderByDescending(f => f.ReceivedOn)
                .Select(f => new FeedbackDetails(f.Id, f.Kind, f.ReceivedOn, f.Channel, f.Subject, f.Description, f.IsPrivacyComplaint, f.Handling, f.Outcome, f.ClosedOn, f.ConcurrencyStamp))
                .ToList(),
            h.CallNotes.OrderByDescending(n => n.CreatedAtUtc)
                .Select(n => new CallNoteDetails(n.Id, n.CreatedAtUtc, n.AuthorName, n.Caller, n.Text)).ToList());
    }
}
