using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Serving the call: correct details, sign up or off, take a complaint or compliment, note the call. Each step
/// is written through EF, so the audit interceptor records it in the same transaction with the changed field
/// names and the purpose of use of the call. Edits of details need a verified caller who may change them;
/// a complaint and a call note can be taken from anyone who called about this household.
/// </summary>
public sealed class MemberDeskService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    CallContext calls,
    ICurrentUser user,
    TimeProvider clock,
    IProcessingRestrictions restrictions)
{
    /// <summary>Art. 18: while a restriction stands, details change only through the data-subject request (by the FG).</summary>
    public const string RestrictedMessage =
        "De verwerking van de gegevens van dit huishouden is beperkt op verzoek van het lid. Wijzigingen lopen via het privacyverzoek bij de FG.";

    /// <summary>Who handles privacy complaints (the privacy statement, "Klachten").</summary>
    public const string ComplaintsOfficer = "klachtenfunctionaris";

    public const string AutoriteitPersoonsgegevensNotice =
        "Vertel het lid dat de klacht naar de klachtenfunctionaris gaat, en dat hij of zij ook een klacht kan indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).";

    private static readonly string[] Agents = [Roles.CallCentre];

    /// <summary>Corrections: agents on a call, and the FG working on a data-subject request (checked per call below).</summary>
    private static readonly string[] Editors = [Roles.CallCentre, Roles.PrivacyOfficer];

    public async Task<DeskResult> UpdateContactDetailsAsync(Guid householdId, ContactDetailsInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.HouseholdEdit, AuditAction.Update, Editors, ct);
        if (await RefuseUnlessMayChangeAsync(householdId, MembersEventTypes.HouseholdEdit, ct) is { } refused)
        {
            return refused;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return DeskResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var h = await db.Households.FirstOrDefaultAsync(x => x.Id == householdId, ct) ?? throw new NotFoundException("Huishouden", householdId);
        h.Street = input.Street!.Trim();
        h.HouseNumber = input.HouseNumber!.Value;
        h.HouseNumberAddition = DutchFormats.NormaliseAddition(input.HouseNumberAddition);
        h.Postcode = DutchFormats.NormalisePostcode(input.Postcode)!;
        h.City = input.City!.Trim();
        h.Phone = StoredPhone(input.Phone);
        h.Email = DutchFormats.NormaliseEmail(input.Email);
        return await SaveWithStampAsync(db, db.Entry(h), nameof(Household.ConcurrencyStamp), input.ConcurrencyStamp, ct);
    }

    public async Task<DeskResult> UpdatePersonAsync(Guid householdId, PersonInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.PersonEdit, AuditAction.Update, Editors, ct);
        if (await RefuseUnlessMayChangeAsync(householdId, MembersEventTypes.PersonEdit, ct) is { } refused)
        {
            return refused;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return DeskResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await db.Persons.FirstOrDefaultAsync(x => x.Id == input.PersonId && x.HouseholdId == householdId, ct)
            ?? throw new NotFoundException("Persoon", input.PersonId);
        p.Initials = Blank(input.Initials);
        p.FirstName = input.FirstName!.Trim();
        p.Infix = Blank(input.Infix);
        p.LastName = input.LastName!.Trim();
        p.Phone = StoredPhone(input.Phone);
        p.Email = DutchFormats.NormaliseEmail(input.Email);
        return await SaveWithStampAsync(db, db.Entry(p), nameof(Person.ConcurrencyStamp), input.ConcurrencyStamp, ct);
    }

    public async Task<DeskResult> ChangeSubscriptionAsync(Guid householdId, SubscriptionChange change, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.SubscriptionChange, AuditAction.Update, Editors, ct);
        if (await RefuseUnlessMayChangeAsync(householdId, MembersEventTypes.SubscriptionChange, ct) is { } refused)
        {
            return refused;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (change.PersonId is { } personId && !await db.Persons.AnyAsync(p => p.Id == personId && p.HouseholdId == householdId, ct))
        {
            throw new NotFoundException("Persoon", personId);
        }

        var today = DutchTime.Today(clock);
        var active = await db.Subscriptions
            .Where(s => s.HouseholdId == householdId && s.Kind == change.Kind && s.PersonId == change.PersonId)
            .Where(s => s.EndDate == null || s.EndDate >= today)
            .ToListAsync(ct);
        if (change.Subscribe)
        {
            if (active.Count > 0)
            {
                return DeskResult.Saved("Was al aangemeld.");
            }

            db.Subscriptions.Add(new Subscription
            {
                HouseholdId = householdId,
                PersonId = change.PersonId,
                Kind = change.Kind,
                StartDate = today,
                Channel = change.Channel,
            });
        }
        else
        {
            if (active.Count == 0)
            {
                return DeskResult.Saved("Was al afgemeld.");
            }

            // Ends today: the history stays for the retention rules; nothing new is sent from tomorrow.
            active.ForEach(s => s.EndDate = today);
        }

        await db.SaveChangesAsync(ct);
        return DeskResult.Saved(change.Subscribe ? "Aangemeld." : "Afgemeld.");
    }

    public async Task<DeskResult> RegisterFeedbackAsync(Guid householdId, FeedbackInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.FeedbackCreate, AuditAction.Create, Agents, ct);
        if (await RefuseWithoutCallAsync(householdId, MembersEventTypes.FeedbackCreate, ct) is { } refused)
        {
            return refused;
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return DeskResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var privacy = input.Kind == FeedbackKind.Complaint && input.IsPrivacyComplaint;
        db.Feedback.Add(new Feedback
        {
            HouseholdId = householdId,
            PersonId = input.PersonId,
            Kind = input.Kind,
            ReceivedOn = DutchTime.Today(clock),
            Channel = ReceivedChannel.Phone,
            Subject = input.Subject!.Trim(),
            Description = Blank(input.Description),
            IsPrivacyComplaint = privacy,
            Handling = privacy ? ComplaintsOfficer : input.Kind == FeedbackKind.Complaint ? "klantcontact" : null,
        });
        await db.SaveChangesAsync(ct);
        return DeskResult.Saved(privacy ? AutoriteitPersoonsgegevensNotice
            : input.Kind == FeedbackKind.Complaint ? "De klacht is vastgelegd." : "Het compliment is vastgelegd.");
    }

    public async Task<DeskResult> AddCallNoteAsync(Guid householdId, string? text, CancellationToken ct = default)
    {
        await guard.RequireAsync(MembersEventTypes.CallNoteCreate, AuditAction.Create, Agents, ct);
        if (await RefuseWithoutCallAsync(householdId, MembersEventTypes.CallNoteCreate, ct) is { } refused)
        {
            return refused;
        }

        var error = MemberValidation.Required(text, "Notitie") ?? MemberValidation.MaxLength(text, 4000, "Notitie");
        if (error is not null)
        {
            return DeskResult.Invalid(new Dictionary<string, string> { ["Text"] = error });
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.CallNotes.Add(new CallNote
        {
            HouseholdId = householdId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            AuthorUserId = user.UserId,
            AuthorName = user.DisplayName,
            Caller = calls.For(householdId)?.PurposeOfUse,
            Text = text!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return DeskResult.Saved("De notitie is opgeslagen.");
    }

    /// <summary>Saves only if the row still carries the stamp the agent's screen was based on.</summary>
    private static async Task<DeskResult> SaveWithStampAsync(
        PortalDbContext db, EntityEntry entry, string stampProperty, Guid expected, CancellationToken ct)
    {
        var stamp = entry.Property(stampProperty);
        if (!stamp.OriginalValue!.Equals(expected))
        {
            return DeskResult.Conflict();
        }

        db.ChangeTracker.DetectChanges();
        if (entry.State == EntityState.Unchanged)
        {
            return DeskResult.Saved("Er was niets gewijzigd.");
        }

        stamp.CurrentValue = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
            return DeskResult.Saved("De wijziging is opgeslagen.");
        }
        catch (DbUpdateConcurrencyException)
        {
            return DeskResult.Conflict();
        }
    }

    private async Task<DeskResult?> RefuseUnlessMayChangeAsync(Guid householdId, string eventType, CancellationToken ct)
    {
        var call = calls.For(householdId);
        if (call?.ForRequest != true && !user.IsInRole(Roles.CallCentre))
        {
            return await RefuseAsync(householdId, eventType, "De FG wijzigt gegevens van leden alleen vanuit een privacyverzoek.", ct);
        }

        if (call?.ForRequest != true && await restrictions.IsRestrictedAsync(householdId, ct: ct))
        {
            return await RefuseAsync(householdId, eventType, RestrictedMessage, ct);
        }

        if (call?.MayChangeDetails == true)
        {
            return null;
        }

        var message = call is null
            ? "Leg eerst vast wie er belt."
            : "Deze beller mag geen gegevens wijzigen: alleen een geverifieerd lid, een huisgenoot of een contactpersoon met die bevoegdheid.";
        return await RefuseAsync(householdId, eventType, message, ct);
    }

    private async Task<DeskResult?> RefuseWithoutCallAsync(Guid householdId, string eventType, CancellationToken ct) =>
        calls.For(householdId) is null ? await RefuseAsync(householdId, eventType, "Leg eerst vast wie er belt.", ct) : null;

    private async Task<DeskResult> RefuseAsync(Guid householdId, string eventType, string message, CancellationToken ct)
    {
        var action = eventType.EndsWith(":Create", StringComparison.Ordinal) ? AuditAction.Create : AuditAction.Update;
        await audit.RecordAsync(
            new AuditRecord(eventType, action)
            {
                Outcome = AuditOutcome.Denied,
                SubjectHouseholdId = householdId,
                Details = new Dictionary<string, object?> { ["reason"] = "caller check" },
            },
            ct);
        return DeskResult.NotAllowed(message);
    }

    private static string? StoredPhone(string? text) =>
        DutchFormats.CanonicalPhone(text) is { } canonical ? DutchFormats.DisplayPhone(canonical) : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
