using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Members;

/// <summary>
/// Serving the call: correct details, sign up or off, take a complaint or compliment, note the call. Each step
/// is written through EF, so the audit interceptor records it in the same transaction with the changed field
/// names and the purpose of use the household access check gave this step (opened for the step only). Edits of details
/// need a verified caller who may change them, or the FG working for an open request; a complaint and a call note can be
/// taken from anyone who called about this household.
/// </summary>
public sealed class MemberDeskService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    HouseholdAccess access,
    ICurrentUser user,
    TimeProvider clock,
    IProcessingRestrictions restrictions,
    CallContext calls,
    ISubscriptionConsent subscriptionConsent)
{
    /// <summary>Art. 18: while a restriction stands, details change only through the data-subject request (by the FG).</summary>
    public const string RestrictedMessage =
        "De verwerking van de gegevens van dit huishouden is beperkt op verzoek van het lid. Wijzigingen lopen via het privacyverzoek bij de FG.";

    /// <summary>Who handles privacy complaints (the privacy statement, "Klachten").</summary>
    public const string ComplaintsOfficer = "klachtenfunctionaris";

    public const string AutoriteitPersoonsgegevensNotice =
        "Vertel het lid dat de klacht naar de klachtenfunctionaris gaat, en dat hij of zij ook een klacht kan indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).";

    private const string Saved = "De wijziging is opgeslagen.";

    private static readonly string[] Agents = [Roles.CallCentre];

    /// <summary>Corrections: agents on a call, and the FG working on a data-subject request (checked per call below).</summary>
    private static readonly string[] Editors = [Roles.CallCentre, Roles.PrivacyOfficer];

    /// <summary>What a step of the call needs: a caller who may change details, or just a call about this household.</summary>
    private enum Step
    {
        ChangeDetails,
        TakeNote,

        /// <summary>Closing a complaint: like taking one, an update by an agent on a call about the household.</summary>
        CloseComplaint,
    }

    public async Task<Result> UpdateContactDetailsAsync(Guid householdId, ContactDetailsInput input, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, MembersEventTypes.HouseholdEdit, Step.ChangeDetails, input, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var household = await db.Households.FirstOrDefaultAsync(h => h.Id == householdId, ct)
            ?? throw new NotFoundException("Huishouden", householdId);
        household.CorrectAddress(input.Street!, input.HouseNumber!.Value, input.HouseNumberAddition, input.Postcode!, input.City!);
        household.CorrectContactDetails(input.Phone, input.Email);
        return await db.SaveUnlessChangedSinceAsync(household, input.ConcurrencyStamp, Saved, ct);
    }

    public async Task<Result> UpdatePersonAsync(Guid householdId, PersonInput input, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, MembersEventTypes.PersonEdit, Step.ChangeDetails, input, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == input.PersonId && p.HouseholdId == householdId, ct)
            ?? throw new NotFoundException("Persoon", input.PersonId);
        person.CorrectName(input.Initials, input.FirstName!, input.Infix, input.LastName!);
        person.CorrectContactDetails(input.Phone, input.Email);
        return await db.SaveUnlessChangedSinceAsync(person, input.ConcurrencyStamp, Saved, ct);
    }

    public async Task<Result> ChangeSubscriptionAsync(Guid householdId, SubscriptionChange change, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, MembersEventTypes.SubscriptionChange, Step.ChangeDetails, input: null, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (change.PersonId is { } personId && !await db.Persons.AnyAsync(p => p.Id == personId && p.HouseholdId == householdId, ct))
        {
            throw new NotFoundException("Persoon", personId);
        }

        var today = DutchTime.Today(clock);
        var running = await db.Subscriptions
            .Where(s => s.HouseholdId == householdId && s.Kind == change.Kind && s.PersonId == change.PersonId)
            .Where(Subscription.NotEndedBy(today))
            .ToListAsync(ct);
        var signedUp = running.Count > 0;
        if (signedUp == change.Subscribe)
        {
            return Result.Ok(change.Subscribe ? "Was al aangemeld." : "Was al afgemeld.");
        }

        // A personal subscription rests on consent: the consent record follows the sign-up or sign-off in the same save.
        var consent = change.PersonId is { } person
            ? await subscriptionConsent.FollowAsync(db, person, change.Kind, change.Subscribe, grant, calls.For(householdId), ct)
            : SubscriptionConsentStep.Nothing;
        if (consent.Refusal is { } refusal)
        {
            return Result.Refused(refusal);
        }

        if (change.Subscribe)
        {
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
            running.ForEach(s => s.End(today));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The consent record's unique sequence refused it: a colleague recorded a decision for this person meanwhile.
            return Result.Conflict("Intussen is een andere beslissing over deze toestemming vastgelegd. Laad opnieuw en kijk wat er nu geldt.");
        }

        var done = change.Subscribe ? "Aangemeld." : "Afgemeld.";
        return Result.Ok(consent.Done is { } also ? $"{done} {also}" : done);
    }

    public async Task<Result> RegisterFeedbackAsync(Guid householdId, FeedbackInput input, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, MembersEventTypes.FeedbackCreate, Step.TakeNote, input, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

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
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            IsPrivacyComplaint = privacy,
            Handling = privacy ? ComplaintsOfficer : input.Kind == FeedbackKind.Complaint ? "klantcontact" : null,
        });
        await db.SaveChangesAsync(ct);
        return Result.Ok(privacy ? AutoriteitPersoonsgegevensNotice
            : input.Kind == FeedbackKind.Complaint ? "De klacht is vastgelegd." : "Het compliment is vastgelegd.");
    }

    /// <summary>
    /// Closes an open complaint of this household with its outcome, on a call about the household (as it was taken). The
    /// closing day starts the complaint's retention and lifts the hold the open complaint put on the household.
    /// </summary>
    public async Task<Result> CloseComplaintAsync(Guid householdId, ComplaintClosingInput input, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, MembersEventTypes.FeedbackClose, Step.CloseComplaint, input, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaint = await db.Feedback.SingleOrDefaultAsync(f => f.Id == input.FeedbackId && f.HouseholdId == householdId, ct)
            ?? throw new NotFoundException("Klacht", input.FeedbackId);
        if (complaint.Close(input.Outcome!, DutchTime.Today(clock)) is { } refusal)
        {
            return complaint.IsOpen && complaint.Kind == FeedbackKind.Complaint
                ? Result.Invalid(nameof(input.Outcome), refusal)
                : Result.Conflict(refusal);
        }

        var saved = await db.SaveUnlessChangedSinceAsync(complaint, input.ConcurrencyStamp, "De klacht is afgesloten.", ct);
        return saved.Succeeded ? saved : Result.Conflict("Deze klacht is intussen gewijzigd of al afgesloten. Vernieuw het overzicht.");
    }

    public async Task<Result> AddCallNoteAsync(Guid householdId, CallNoteInput input, CancellationToken ct = default)
    {
        var check = await CheckAsync(householdId, MembersEventTypes.CallNoteCreate, Step.TakeNote, input, ct);
        if (check.Value is not { } grant)
        {
            return check.Outcome;
        }

        using var purpose = auditContext.BeginPurpose(grant.PurposeOfUse);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.CallNotes.Add(new CallNote
        {
            HouseholdId = householdId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            AuthorUserId = user.UserId,
            AuthorName = user.DisplayName,
            Caller = grant.PurposeOfUse,
            Text = input.Text!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        return Result.Ok("De notitie is opgeslagen.");
    }

    /// <summary>
    /// Every step's preamble, once: the role (audited by the guard), the household access check for this household and
    /// the restriction (a refusal is audited too), then the input's field rules. The grant when the step may go ahead.
    /// </summary>
    private async Task<Result<HouseholdAccessGrant>> CheckAsync(Guid householdId, string eventType, Step step, object? input, CancellationToken ct)
    {
        var action = step == Step.TakeNote ? AuditAction.Create : AuditAction.Update;
        await guard.RequireAsync(eventType, action, step == Step.ChangeDetails ? Editors : Agents, ct);
        var need = step == Step.ChangeDetails ? HouseholdAccessNeed.ChangeDetails : HouseholdAccessNeed.TakeNote;
        var decision = await access.CheckAsync(householdId, need, eventType, action, ct);
        if (decision.Grant is not { } grant)
        {
            return Result.Refused(decision.Refusal!);
        }

        if (step == Step.ChangeDetails && grant.RequestId is null && await restrictions.IsRestrictedAsync(householdId, ct: ct))
        {
            await audit.RecordAsync(
                new AuditRecord(eventType, action)
                {
                    Outcome = AuditOutcome.Denied,
                    SubjectHouseholdId = householdId,
                    PurposeOfUse = grant.PurposeOfUse,
                    Details = new Dictionary<string, object?> { ["reason"] = "restriction" },
                },
                ct);
            return Result.Refused(RestrictedMessage);
        }

        return input is not null && InputRules.Validate(input) is { } invalid ? invalid : Result.Ok(grant);
    }
}
