using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests;

/// <summary>
/// Data-subject requests from intake to reply. The call-centre registers requests and sees their status; the FG
/// handles them. Every read is audited with the request as purpose of use; every change lands on the timeline.
/// </summary>
public sealed class RequestService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    CallContext calls,
    ICurrentUser user,
    TimeProvider clock)
{
    private static readonly string[] Intake = [Roles.CallCentre, Roles.PrivacyOfficer];
    private static readonly string[] Handlers = [Roles.PrivacyOfficer];

    public const string ConcurrencyMessage = "Iemand anders heeft dit verzoek intussen gewijzigd. Open het opnieuw en probeer het nog eens.";

    public async Task<RequestActionResult> RegisterAsync(RegisterRequestInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Register, AuditAction.Create, Intake, ct);
        var today = DutchTime.Today(clock);
        if (input.ReceivedOn > today)
        {
            return RequestActionResult.Refused("De ontvangstdatum ligt in de toekomst.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PersonId && p.HouseholdId == input.HouseholdId, ct);
        if (person is null)
        {
            return RequestActionResult.Refused("Deze persoon hoort niet bij dit huishouden.");
        }

        var authorised = await IsRequesterAuthorisedAsync(db, input, ct);
        var duplicate = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.PersonId == input.PersonId && r.Type == input.Type
                && r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected)
            .OrderBy(r => r.Number)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = (await db.DataSubjectRequests.MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var request = DataSubjectRequest.Register(
            number, input.Type, input.ReceivedOn, input.Channel, input.HouseholdId, input.PersonId, input.Requester,
            input.RequesterContactPersonId, Clean(input.RequesterName), authorised, Clean(input.Description), duplicate,
            user.DisplayName);
        request.RecordIdentityChecks(input.ChecksOnIntake, today);
        db.Add(request);
        db.Add(Timeline(request, TimelineEntryKind.Registered, null, RequestStatus.Received,
            $"Geregistreerd via {input.Channel}; aanvrager: {RequestText.Requester(input.Requester)}" +
            (authorised ? "." : " (niet bevoegd voor deze persoon).")));
        auditContext.PurposeOfUse = $"verzoek #{number}";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return RequestActionResult.Ok(Summarise(request, person.FullName, today));
    }

    /// <summary>The household to register a request for, by id (from the household view) or by member number (a letter).</summary>
    public async Task<IntakeHousehold?> IntakeHouseholdAsync(Guid? householdId, string? memberNumber, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Intake, AuditAction.View, Intake, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var number = memberNumber?.Trim();
        var household = await db.Households.AsNoTracking()
            .Where(h => householdId != null ? h.Id == householdId : h.MemberNumber == number)
            .Select(h => new { h.Id, h.MemberNumber, h.City })
            .SingleOrDefaultAsync(ct);
        if (household is null)
        {
            return null;
        }

        var persons = (await db.Persons.AsNoTracking().Where(p => p.HouseholdId == household.Id).ToListAsync(ct))
            .OrderBy(p => p.Role != PersonRole.MainMember).ThenBy(p => p.FirstName).ToList();
        var contacts = await db.ContactPersons.AsNoTracking().Where(c => c.HouseholdId == household.Id).ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.Intake, AuditAction.View)
            {
                SubjectHouseholdId = household.Id,
                PurposeOfUse = auditContext.PurposeOfUse ?? "registratie privacyverzoek",
            },
            ct);
        return new IntakeHousehold(
            household.Id, household.MemberNumber, household.City,
            persons.Select(p => new IntakePerson(p.Id, p.FullName, p.Role)).ToList(),
            contacts.Select(c => new IntakeContactPerson(
                c.Id, c.Name, c.Relation, c.Permissions.HasFlag(ContactPersonPermissions.SubmitPrivacyRequests))).ToList());
    }

    public async Task<RequestDetails> GetAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.View, AuditAction.View, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);
        var personName = await PersonNameAsync(db, request.PersonId, ct);
        var timeline = await db.RequestTimelineEntries.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.AtUtc).ToListAsync(ct);
        var letters = await db.RequestLetters.AsNoTracking().Where(l => l.RequestId == id).OrderBy(l => l.SentOn).ToListAsync(ct);
        var changes = await ChangesForAsync(db, request, ct);
        await audit.RecordAsync(Read(RequestEventTypes.View, AuditAction.View, request), ct);
        return Details(request, personName, timeline, letters) with { Changes = changes };
    }

    /// <summary>
    /// The FG starts working on the household for this request: the normal edit screens then accept changes, each
    /// audited with "verzoek #N" as purpose of use, so the request lists them (rectification, a restricted household).
    /// </summary>
    public async Task<RequestActionResult> WorkOnHouseholdAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Update, AuditAction.Update, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);
        if (!request.IsOpen || !request.IdentityVerified)
        {
            return RequestActionResult.Refused("Gegevens wijzigen voor een verzoek kan alleen bij een open verzoek met vastgestelde identiteit.");
        }

        var purpose = $"verzoek #{request.Number}";
        calls.Start(new CallerCheckResult(
            request.HouseholdId, CallerKind.Member, IdentityChecks.None, IsVerified: true, MayChangeDetails: true, purpose, RequestId: request.Id));
        auditContext.PurposeOfUse = purpose;
        return RequestActionResult.Ok(Summarise(request, await PersonNameAsync(db, request.PersonId, ct), DutchTime.Today(clock)));
    }

    /// <summary>The status of a household's requests, for the agent on the phone.</summary>
    public async Task<IReadOnlyList<RequestSummary>> ForHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.View, AuditAction.View, Intake, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requests = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.HouseholdId == householdId).OrderByDescending(r => r.Number).ToListAsync(ct);
        var names = await db.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.View, AuditAction.View)
            {
                SubjectHouseholdId = householdId,
                Details = new Dictionary<string, object?> { ["requests"] = requests.Count },
            },
            ct);
        var today = DutchTime.Today(clock);
        return requests.Select(r => Summarise(r, names.GetValueOrDefault(r.PersonId, ""), today)).ToList();
    }

    /// <summary>Open requests, most urgent deadline first, for the FG.</summary>
    public async Task<PagedResult<RequestSummary>> OpenAsync(int page = 0, int pageSize = 25, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.List, AuditAction.Search, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected);
        var total = await open.CountAsync(ct);
        var rows = await open
            .OrderBy(r => r.ExtendedDueOn ?? r.DueOn).ThenBy(r => r.Number)
            .Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 200))
            .Join(db.Persons, r => r.PersonId, p => p.Id, (r, p) => new { Request = r, p.FirstName, p.Infix, p.LastName })
            .ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.List, AuditAction.Search) { Details = new Dictionary<string, object?> { ["results"] = total } },
            ct);
        var today = DutchTime.Today(clock);
        return new PagedResult<RequestSummary>(
            rows.Select(x => Summarise(x.Request, Name(x.FirstName, x.Infix, x.LastName), today)).ToList(), total);
    }

    public Task<RequestActionResult> RecordIdentityChecksAsync(Guid id, RequestIdentityChecks checks, Guid stamp, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, Intake, (request, today) =>
        {
            if (checks == RequestIdentityChecks.None)
            {
                return ("Kies welke controle is gelukt.", null);
            }

            var wasVerified = request.IdentityVerified;
            request.RecordIdentityChecks(checks, today);
            var text = $"Controles gelukt: {checks}." + (request.IdentityVerified && !wasVerified ? " Identiteit vastgesteld." : "");
            return (null, Timeline(request, TimelineEntryKind.IdentityChecked, null, null, text));
        }, ct);

    public Task<RequestActionResult> MoveAsync(
        Guid id, RequestStatus to, Guid stamp, RejectionReason? reason = null, string? outcome = null, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, Handlers, (request, today) =>
        {
            var from = request.Status;
            if (to == RequestStatus.Extended)
            {
                return ("Gebruik 'verlengen' met een reden.", null);
            }

            if (request.MoveTo(to, today, reason, Clean(outcome)) is { } refusal)
            {
                return (refusal, null);
            }

            var text = to == RequestStatus.Rejected && reason is { } r ? $"Afgewezen: {RequestText.Reason(r)}." : null;
            return (null, Timeline(request, TimelineEntryKind.StatusChanged, from, to, text));
        }, ct);

    public Task<RequestActionResult> ExtendAsync(Guid id, string reason, Guid stamp, CancellationToken ct = default) =>
        ChangeAsync(id, stamp, Handlers, (request, today) =>
        {
            var from = request.Status;
            return request.Extend(reason, today) is { } refusal
                ? (refusal, null)
                : (null, Timeline(request, TimelineEntryKind.StatusChanged, from, RequestStatus.Extended, $"Verlengd: {reason.Trim()}"));
        }, ct);

    public async Task<RequestActionResult> AddNoteAsync(Guid id, string note, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Note, AuditAction.Update, Handlers, ct);
        if (string.IsNullOrWhiteSpace(note))
        {
            return RequestActionResult.Refused("Een notitie mag niet leeg zijn.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);
        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        db.Add(Timeline(request, TimelineEntryKind.Note, null, null, note.Trim()));
        await db.SaveChangesAsync(ct);
        return RequestActionResult.Ok(Summarise(request, await PersonNameAsync(db, request.PersonId, ct), DutchTime.Today(clock)));
    }

    /// <summary>The drafted Dutch letter for an outcome, for the FG to edit before sending.</summary>
    public async Task<string> DraftLetterAsync(Guid id, LetterKind kind, CancellationToken ct = default) =>
        RequestLetters.Draft(kind, await GetAsync(id, ct), DutchTime.Today(clock));

    /// <summary>Records the letter as it was sent; the text is kept with the request.</summary>
    public async Task<RequestActionResult> SendLetterAsync(Guid id, LetterKind kind, string text, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Letter, AuditAction.Create, Handlers, ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return RequestActionResult.Refused("De brief is leeg.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);
        var today = DutchTime.Today(clock);
        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        db.Add(new RequestLetter
        {
            RequestId = id,
            HouseholdId = request.HouseholdId,
            PersonId = request.PersonId,
            Kind = kind,
            Text = text.Trim(),
            SentOn = today,
            SentByName = user.DisplayName,
        });
        db.Add(Timeline(request, TimelineEntryKind.LetterSent, null, null, $"Brief '{kind}' verstuurd."));
        await db.SaveChangesAsync(ct);
        return RequestActionResult.Ok(Summarise(request, await PersonNameAsync(db, request.PersonId, ct), today));
    }

    private async Task<RequestActionResult> ChangeAsync(
        Guid id, Guid stamp, IReadOnlyCollection<string> roles,
        Func<DataSubjectRequest, DateOnly, (string? Error, RequestTimelineEntry? Entry)> change, CancellationToken ct)
    {
        await guard.RequireAsync(RequestEventTypes.Update, AuditAction.Update, roles, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);
        if (request.ConcurrencyStamp != stamp)
        {
            return RequestActionResult.Refused(ConcurrencyMessage);
        }

        var today = DutchTime.Today(clock);
        var (error, entry) = change(request, today);
        if (error is not null)
        {
            return RequestActionResult.Refused(error);
        }

        request.ConcurrencyStamp = Guid.NewGuid();
        if (entry is not null)
        {
            db.Add(entry);
        }

        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RequestActionResult.Refused(ConcurrencyMessage);
        }

        return RequestActionResult.Ok(Summarise(request, await PersonNameAsync(db, request.PersonId, ct), today));
    }

    /// <summary>Changes to member data made with this request as purpose of use (the request's own records left out).</summary>
    private static async Task<IReadOnlyList<RequestLinkedChange>> ChangesForAsync(PortalDbContext db, DataSubjectRequest request, CancellationToken ct)
    {
        var purpose = $"verzoek #{request.Number}";
        string[] own = [nameof(DataSubjectRequest), nameof(RequestTimelineEntry), nameof(RequestLetter), "NotificationTask", "ProcessingRestriction"];
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PurposeOfUse == purpose && e.Outcome == AuditOutcome.Success
                && (e.Action == AuditAction.Create || e.Action == AuditAction.Update || e.Action == AuditAction.Delete)
                && e.TargetType != null && !own.Contains(e.TargetType))
            .OrderBy(e => e.Sequence)
            .Select(e => new RequestLinkedChange(e.StartedAtUtc, e.EventType, e.UserName, e.Details))
            .ToListAsync(ct);
        return events;
    }

    private static async Task<bool> IsRequesterAuthorisedAsync(PortalDbContext db, RegisterRequestInput input, CancellationToken ct) =>
        input.Requester switch
        {
            RequesterKind.DataSubject => true,
            RequesterKind.ContactPerson when input.RequesterContactPersonId is { } contactId =>
                await db.ContactPersons.AsNoTracking().AnyAsync(
                    c => c.Id == contactId && c.HouseholdId == input.HouseholdId
                        && (c.Permissions & ContactPersonPermissions.SubmitPrivacyRequests) != 0,
                    ct),
            RequesterKind.ContactPerson => false,
            RequesterKind.Housemate => false,
            RequesterKind.Other => false,
        };

    private RequestTimelineEntry Timeline(DataSubjectRequest r, TimelineEntryKind kind, RequestStatus? from, RequestStatus? to, string? text) => new()
    {
        RequestId = r.Id,
        HouseholdId = r.HouseholdId,
        PersonId = r.PersonId,
        AtUtc = clock.GetUtcNow().UtcDateTime,
        Kind = kind,
        FromStatus = from,
        ToStatus = to,
        ByName = user.DisplayName,
        Text = text,
    };

    private static AuditRecord Read(string eventType, AuditAction action, DataSubjectRequest r) => new(eventType, action)
    {
        SubjectHouseholdId = r.HouseholdId,
        SubjectPersonId = r.PersonId,
        TargetType = nameof(DataSubjectRequest),
        TargetId = r.Id.ToString(),
        PurposeOfUse = $"verzoek #{r.Number}",
    };

    internal static async Task<string> PersonNameAsync(PortalDbContext db, Guid personId, CancellationToken ct) =>
        await db.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => Name(p.FirstName, p.Infix, p.LastName)).SingleOrDefaultAsync(ct) ?? "";

    private static string Name(string first, string? infix, string last) =>
        string.IsNullOrWhiteSpace(infix) ? $"{first} {last}" : $"{first} {infix} {last}";

    internal static RequestSummary Summarise(DataSubjectRequest r, string personName, DateOnly today) => new(
        r.Id, r.Number, r.Type, r.Status, r.ReceivedOn, r.Deadline,
        r.IsOpen ? LegalDeadlines.Urgency(today, r.Deadline) : DeadlineUrgency.OnTrack,
        r.HouseholdId, r.PersonId, personName, r.IdentityVerified, r.RequesterAuthorised, r.PossibleDuplicateOfId, r.ConcurrencyStamp);

    private static RequestDetails Details(DataSubjectRequest r, string personName, IReadOnlyList<RequestTimelineEntry> timeline, IReadOnlyList<RequestLetter> letters) => new(
        Summarise(r, personName, DateOnly.MinValue), r.Channel, r.RequesterKind, r.RequesterName, r.Description, r.IdentityChecks,
        r.DueOn, r.ExtendedDueOn, r.ExtensionReason, r.RejectionReason, r.Outcome, r.RegisteredByName, timeline, letters);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public static class RequestEventTypes
{
    public const string Register = "DataSubjectRequest:Create";
    public const string Intake = "DataSubjectRequest:Intake";
    public const string View = "DataSubjectRequest:View";
    public const string List = "DataSubjectRequest:Search";
    public const string Update = "DataSubjectRequest:Update";
    public const string Note = "DataSubjectRequest:Note";
    public const string Letter = "DataSubjectRequest:Letter";
}
