using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;
using PanteinExtra.Core.Common.Validation;
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
    HouseholdAccess access,
    CallContext calls,
    ICurrentUser user,
    TimeProvider clock)
{
    private static readonly string[] Intake = [Roles.CallCentre, Roles.PrivacyOfficer];
    private static readonly string[] Handlers = [Roles.PrivacyOfficer];

    public async Task<Result<RequestSummary>> RegisterAsync(RegisterRequestInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Register, AuditAction.Create, Intake, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var today = DutchTime.Today(clock);
        if (input.ReceivedOn > today)
        {
            return Result.Invalid(nameof(RegisterRequestInput.ReceivedOn), "De ontvangstdatum ligt in de toekomst.");
        }

        // An agent takes the request down from the caller of this call (refused and audited without one), and the request
        // carries that call's caller check: the checks are not ticked a second time, nor claimed beyond what the call did.
        var contactPersonId = input.Requester == RequesterKind.ContactPerson ? input.RequesterContactPersonId : null;
        var checks = input.ChecksOnIntake;
        if (user.IsInRole(Roles.CallCentre))
        {
            var decision = await access.CheckAsync(input.HouseholdId, HouseholdAccessNeed.TakeNote, RequestEventTypes.Register, AuditAction.Create, ct);
            if (decision.Grant is null || calls.For(input.HouseholdId) is not { } call)
            {
                return Result.Refused(decision.Refusal ?? HouseholdAccessRules.RecordCallerFirst);
            }

            checks = CallIdentity.ForRequest(call, input.Requester, contactPersonId);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PersonId && p.HouseholdId == input.HouseholdId, ct);
        if (person is null)
        {
            return Result.Refused("Deze persoon hoort niet bij dit huishouden.");
        }

        var type = input.Type!.Value;
        var authorised = await IsRequesterAuthorisedAsync(db, input.HouseholdId, input.Requester, contactPersonId, ct);
        var duplicate = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.PersonId == person.Id && r.Type == type
                && r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected)
            .OrderBy(r => r.Number)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = (await db.DataSubjectRequests.MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var request = DataSubjectRequest.Register(
            number, type, input.ReceivedOn!.Value, input.Channel, input.HouseholdId, person.Id, input.Requester,
            contactPersonId, Clean(input.RequesterName), authorised, Clean(input.Description), duplicate, user.DisplayName);
        request.RecordIdentityChecks(checks, today);
        db.Add(request);
        db.Add(Note(
            request, TimelineEntryKind.Registered,
            $"Geregistreerd via {input.Channel.Label()}; aanvrager: {input.Requester.Label()}" + (authorised ? "." : " (niet bevoegd voor deze persoon)."),
            to: RequestStatus.Received));
        using var purpose = auditContext.BeginPurpose(request.PurposeOfUse);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Result.Ok(Summarise(request, person.FullName, today), $"Verzoek #{number} is geregistreerd.");
    }

    /// <summary>
    /// The household to register a request for, from the household view: an agent needs a caller check for this household
    /// (the request is taken down from the caller; its identity checks follow on the request); the FG registers a written
    /// request under <see cref="WrittenIntakePurpose"/>.
    /// </summary>
    public async Task<IntakeHousehold?> IntakeHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Intake, AuditAction.View, Intake, ct);
        var grant = (await IntakeDecisionAsync(householdId, ct)).Grant ?? throw new ForbiddenException(RequestEventTypes.Intake);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await IntakeAsync(db, db.Households.Where(h => h.Id == householdId), grant.PurposeOfUse, ct);
    }

    /// <summary>The purpose of use of reading a household to register a request that came in writing (letter, e-mail).</summary>
    public const string WrittenIntakePurpose = "registratie privacyverzoek";

    /// <summary>The household to register a request for, by the member number on a letter or e-mail.</summary>
    public async Task<Result<IntakeHousehold>> FindIntakeHouseholdAsync(IntakeLookupInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Intake, AuditAction.View, Intake, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var number = input.MemberNumber!.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var householdId = await db.Households.AsNoTracking().Where(h => h.MemberNumber == number).Select(h => (Guid?)h.Id).SingleOrDefaultAsync(ct);
        if (householdId is not { } id)
        {
            return Result.Invalid(nameof(IntakeLookupInput.MemberNumber), "Er is geen huishouden met dit lidnummer.");
        }

        // The same ground as opening the intake from the household: an agent needs a caller check for this household.
        var decision = await IntakeDecisionAsync(id, ct);
        if (decision.Grant is not { } grant)
        {
            return Result.Refused(decision.Refusal!);
        }

        return await IntakeAsync(db, db.Households.Where(h => h.Id == id), grant.PurposeOfUse, ct) is { } household
            ? Result.Ok(household)
            : Result.Invalid(nameof(IntakeLookupInput.MemberNumber), "Er is geen huishouden met dit lidnummer.");
    }

    /// <summary>
    /// The ground for reading a household to register a request: an agent takes it down from the caller, so needs a caller
    /// check for this household (<see cref="HouseholdAccess"/>, audited when refused); the FG registers a request that came
    /// in writing under <see cref="WrittenIntakePurpose"/>.
    /// </summary>
    private async Task<HouseholdAccessDecision> IntakeDecisionAsync(Guid householdId, CancellationToken ct) =>
        user.IsInRole(Roles.CallCentre)
            ? await access.CheckAsync(householdId, HouseholdAccessNeed.TakeNote, RequestEventTypes.Intake, AuditAction.View, ct)
            : new HouseholdAccessDecision(new HouseholdAccessGrant(householdId, WrittenIntakePurpose, IsSupervision: false, RequestId: null), null, WrittenIntakePurpose);

    public async Task<RequestDetails> GetAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.View, AuditAction.View, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await FindAsync(db, id, ct);
        var personName = await PersonNameAsync(db, request.PersonId, ct);
        var timeline = await db.RequestTimelineEntries.AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.AtUtc).ToListAsync(ct);
        var letters = await db.RequestLetters.AsNoTracking().Where(l => l.RequestId == id).OrderBy(l => l.SentOn).ToListAsync(ct);
        var changes = await ChangesForAsync(db, request, ct);
        var addressee = await LetterAddressee.ForAsync(db, request, ct);
        var openNotifications = await db.NotificationTasks.AsNoTracking().CountAsync(t => t.RequestId == id && t.SentOn == null, ct);
        await audit.RecordAsync(Read(RequestEventTypes.View, AuditAction.View, request), ct);
        return Details(request, personName, timeline, letters) with { Changes = changes, Addressee = addressee, OpenNotifications = openNotifications };
    }

    /// <summary>
    /// The FG starts working on the household for this request: the normal edit screens then accept changes, each
    /// audited with "verzoek #N" as purpose of use, so the request lists them (rectification, a restricted household).
    /// </summary>
    public async Task<Result<RequestSummary>> WorkOnHouseholdAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Update, AuditAction.Update, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await FindAsync(db, id, ct);
        if (!request.IsOpen || !request.IdentityVerified)
        {
            return Result.Refused("Gegevens wijzigen voor een verzoek kan alleen bij een open verzoek met vastgestelde identiteit.");
        }

        calls.Start(new CallerCheckResult(
            request.HouseholdId, CallerKind.Member, IdentityChecks.None, IsVerified: true, MayChangeDetails: true, request.PurposeOfUse,
            RequestId: request.Id));
        return Result.Ok(await SummaryAsync(db, request, DutchTime.Today(clock), ct));
    }

    /// <summary>The status of a household's requests, for the agent on the phone.</summary>
    public async Task<IReadOnlyList<RequestSummary>> ForHouseholdAsync(Guid householdId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.View, AuditAction.View, Intake, ct);
        var grant = await access.RequireAsync(householdId, HouseholdAccessNeed.Read, RequestEventTypes.View, AuditAction.View, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var requests = await db.DataSubjectRequests.AsNoTracking()
            .Where(r => r.HouseholdId == householdId).OrderByDescending(r => r.Number).ToListAsync(ct);
        var names = (await db.Persons.AsNoTracking().Where(p => p.HouseholdId == householdId)
                .Select(p => new { p.Id, p.FirstName, p.Infix, p.LastName }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => PersonNames.Full(p.FirstName, p.Infix, p.LastName));
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.View, AuditAction.View)
            {
                SubjectHouseholdId = householdId,
                PurposeOfUse = grant.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["requests"] = requests.Count },
            },
            ct);
        var today = DutchTime.Today(clock);
        return requests.Select(r => Summarise(r, names.GetValueOrDefault(r.PersonId, ""), today)).ToList();
    }

    /// <summary>Open requests, most urgent deadline first, for the FG.</summary>
    public Task<PagedResult<RequestSummary>> OpenAsync(int page = 0, int pageSize = 25, CancellationToken ct = default) =>
        ListAsync(RequestListView.Open, page, pageSize, ct);

    /// <summary>
    /// The FG's list: open requests with the most urgent deadline in force first; completed and rejected ones (and all)
    /// most recently closed first, so a closed request stays findable.
    /// </summary>
    public async Task<PagedResult<RequestSummary>> ListAsync(RequestListView view, int page = 0, int pageSize = 25, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.List, AuditAction.Search, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = db.DataSubjectRequests.AsNoTracking();
        var chosen = view switch
        {
            RequestListView.Open => all.Where(r => r.Status != RequestStatus.Completed && r.Status != RequestStatus.Rejected),
            RequestListView.Completed => all.Where(r => r.Status == RequestStatus.Completed),
            RequestListView.Rejected => all.Where(r => r.Status == RequestStatus.Rejected),
            RequestListView.All => all,
        };
        var total = await chosen.CountAsync(ct);
        var ordered = view == RequestListView.Open
            ? chosen.OrderBy(r => r.ExtensionToldOn != null && r.ExtendedDueOn != null ? r.ExtendedDueOn : r.DueOn).ThenBy(r => r.Number)
            : chosen.OrderBy(r => r.ClosedOn == null ? 0 : 1).ThenByDescending(r => r.ClosedOn).ThenByDescending(r => r.Number);
        var rows = await ordered
            .Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 200))
            .GroupJoin(db.Persons, r => r.PersonId, p => p.Id, (r, ps) => new { Request = r, Persons = ps })
            .SelectMany(x => x.Persons.DefaultIfEmpty(), (x, p) => new { x.Request, FirstName = p == null ? null : p.FirstName, Infix = p == null ? null : p.Infix, LastName = p == null ? null : p.LastName })
            .ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.List, AuditAction.Search)
            {
                Details = new Dictionary<string, object?> { ["view"] = view.ToString(), ["results"] = total },
            },
            ct);
        var today = DutchTime.Today(clock);
        return new PagedResult<RequestSummary>(
            rows.Select(x => Summarise(x.Request, x.Request.KeptAddressee?.Name ?? PersonNames.Full(x.FirstName, x.Infix, x.LastName), today)).ToList(), total);
    }

    public Task<Result<RequestSummary>> RecordIdentityChecksAsync(Guid id, IdentityChecksInput input, CancellationToken ct = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input, Intake, "De controles zijn vastgelegd.", (request, today) =>
        {
            var wasVerified = request.IdentityVerified;
            request.RecordIdentityChecks(input.Checks, today);
            var text = $"Controles gelukt: {input.Checks.Label()}." + (request.IdentityVerified && !wasVerified ? " Identiteit vastgesteld." : "");
            return (null, [Note(request, TimelineEntryKind.IdentityChecked, text)]);
        }, ct);

    /// <summary>Why a request does not close while recipients are still to be told (Art. 19), unless the FG gives a reason.</summary>
    public static string OpenNotificationsRefusal(int open) =>
        $"Het verzoek kan nog niet worden afgehandeld: {Dutch.Count(open, "kennisgeving aan een ontvanger staat", "kennisgevingen aan ontvangers staan")} "
        + "nog open (artikel 19 AVG). Leg de kennisgevingen als verstuurd vast, of geef de reden om het verzoek toch af te handelen.";

    /// <summary>
    /// A step of the workflow. Completing a request whose Art. 19 notification tasks are not all sent is refused, unless the
    /// FG gives the reason, which the timeline keeps with the open recipients (ADR 172).
    /// </summary>
    public Task<Result<RequestSummary>> MoveAsync(Guid id, RequestStatus to, StatusChangeInput input, CancellationToken ct = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input, Handlers, $"De status is nu '{to.Label()}'.", async (db, request, today) =>
        {
            var from = request.Status;
            if (to == RequestStatus.Extended)
            {
                return ("Gebruik 'verlengen' met een reden en de verlengingsbrief.", []);
            }

            var open = to == RequestStatus.Completed
                ? await db.NotificationTasks.AsNoTracking().Where(t => t.RequestId == id && t.SentOn == null)
                    .OrderBy(t => t.RecipientName).Select(t => t.RecipientName).ToListAsync(ct)
                : [];
            var reason = Clean(input.OpenNotificationsReason);
            if (open.Count > 0 && reason is null)
            {
                return (OpenNotificationsRefusal(open.Count), []);
            }

            if (request.MoveTo(to, today, input.RejectionReason, Clean(input.Outcome)) is { } refusal)
            {
                return (refusal, []);
            }

            var text = to == RequestStatus.Rejected && input.RejectionReason is { } r ? $"Afgewezen: {r.Label()}." : null;
            if (open.Count > 0)
            {
                var names = string.Join(", ", open.Take(10)) + (open.Count > 10 ? " en anderen" : "");
                text = $"Afgehandeld terwijl {Dutch.Count(open.Count, "kennisgeving openstond", "kennisgevingen openstonden")} ({names}). Reden: {reason}";
            }

            return (null, [Note(request, TimelineEntryKind.StatusChanged, text, from, to)]);
        }, ct);

    /// <summary>The extension and its letter to the member, in one save: the extension counts only with the letter (Art. 12(3)).</summary>
    public Task<Result<RequestSummary>> ExtendAsync(Guid id, ExtensionInput input, CancellationToken ct = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input, Handlers, "De termijn is verlengd en de verlengingsbrief is als verstuurd vastgelegd.", (request, today) =>
        {
            var from = request.Status;
            var (refusal, letter) = request.Extend(input.Reason ?? "", input.LetterText ?? "", user.DisplayName, today);
            return refusal is not null
                ? (refusal, [])
                : (null,
                [
                    letter!,
                    Note(request, TimelineEntryKind.StatusChanged, $"Verlengd tot {Dutch.Date(request.Deadline)}: {request.ExtensionReason}", from, RequestStatus.Extended),
                    Note(request, TimelineEntryKind.LetterSent, $"Brief '{LetterKind.Extended.Label()}' verstuurd."),
                ]);
        }, ct);

    /// <summary>
    /// The FG asks for more information to establish identity, by letter (kept) or by calling back (the call's note), and
    /// the request's timeline records it with the last day to answer (Art. 12(6)).
    /// </summary>
    public Task<Result<RequestSummary>> AskForIdentityAsync(Guid id, IdentityQuestionInput input, CancellationToken ct = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input, Handlers, "De vraag om aanvullende gegevens is vastgelegd.", (request, today) =>
        {
            var from = request.Status;
            var (refusal, letter) = request.AskForIdentity(input.Way, input.Text, user.DisplayName, today);
            if (refusal is not null)
            {
                return (refusal, []);
            }

            var text = $"Aanvullende gegevens gevraagd {input.Way.Label()}; antwoord uiterlijk {Dutch.Date(request.IdentityAnswerDueOn)}." +
                (input.Way == IdentityQuestionWay.CallBack && Clean(input.Text) is { } call ? $" {call}" : "");
            var records = new List<object> { Note(request, TimelineEntryKind.IdentityAsked, text, from, request.Status == from ? null : request.Status) };
            if (letter is not null)
            {
                records.Add(letter);
                records.Add(Note(request, TimelineEntryKind.LetterSent, $"Brief '{LetterKind.IdentityQuestion.Label()}' verstuurd."));
            }

            return (null, records);
        }, ct);

    /// <summary>How the letters address the member ("mevrouw", "heer"), which the member's data does not hold.</summary>
    public Task<Result<RequestSummary>> AddressAsAsync(Guid id, FormOfAddressInput input, CancellationToken ct = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input, Handlers, "De aanhef is vastgelegd.", (request, _) =>
        {
            request.AddressAs(input.Form);
            return (null, []);
        }, ct);

    public Task<Result<RequestSummary>> AddNoteAsync(Guid id, RequestNoteInput input, CancellationToken ct = default) =>
        AppendAsync(id, RequestEventTypes.Note, input, "De notitie is toegevoegd.", (request, _) =>
            [Note(request, TimelineEntryKind.Note, input.Text!.Trim())], ct);

    /// <summary>The drafted Dutch letter for a step, for the FG to edit before sending.</summary>
    public async Task<string> DraftLetterAsync(Guid id, LetterKind kind, CancellationToken ct = default) =>
        await DraftAsync(id, kind, extensionReason: null, ct);

    /// <summary>The extension letter with the reason the FG is about to give, before the extension is made.</summary>
    public async Task<string> DraftExtensionLetterAsync(Guid id, string? reason, CancellationToken ct = default) =>
        await DraftAsync(id, LetterKind.Extended, reason, ct);

    private async Task<string> DraftAsync(Guid id, LetterKind kind, string? extensionReason, CancellationToken ct)
    {
        var details = await GetAsync(id, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return RequestLetters.Draft(kind, details, await LetterSender.ForAsync(db, ct), DutchTime.Today(clock), extensionReason);
    }

    /// <summary>Said of a letter recorded before the portal kept the sent letter as a PDF: no copy is made up afterwards.</summary>
    public const string NoPdfKept =
        "Van deze brief is geen PDF bewaard: hij is vastgelegd voordat de portal verstuurde brieven als PDF bewaarde. De tekst staat bij het verzoek.";

    /// <summary>
    /// The PDF of a sent letter exactly as it was recorded, for the FG, audited with the request's purpose of use;
    /// a letter from before the PDF was kept is refused with <see cref="NoPdfKept"/>.
    /// </summary>
    public async Task<(byte[] Pdf, string FileName)> LetterPdfAsync(Guid id, Guid letterId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.LetterPdf, AuditAction.Export, Handlers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await FindAsync(db, id, ct);
        var letter = await db.RequestLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId && l.RequestId == id, ct)
            ?? throw new NotFoundException("Brief", letterId);
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.LetterPdf, AuditAction.Export)
            {
                SubjectHouseholdId = request.HouseholdId,
                SubjectPersonId = request.PersonId,
                TargetType = nameof(RequestLetter),
                TargetId = letter.Id.ToString(),
                PurposeOfUse = request.PurposeOfUse,
            },
            ct);
        return letter.Pdf is { } pdf ? (pdf, LetterPdf.FileName(letter)) : throw new RefusedException(NoPdfKept);
    }

    /// <summary>The letters that belong to a step (an extension, a question for identity) are kept with that step.</summary>
    public const string LetterWithItsStep = "Deze brief wordt vastgelegd met de stap zelf (verlengen of om gegevens vragen).";

    /// <summary>Records the letter as it was sent; the text is kept with the request.</summary>
    public Task<Result<RequestSummary>> SendLetterAsync(Guid id, LetterInput input, CancellationToken ct = default) =>
        input.Kind is LetterKind.Extended or LetterKind.IdentityQuestion
            ? Task.FromResult<Result<RequestSummary>>(Result.Refused(LetterWithItsStep))
            : AppendAsync(id, RequestEventTypes.Letter, input, "De brief is als verstuurd vastgelegd.", (request, today) =>
            [
                request.Letter(input.Kind, input.Text!, user.DisplayName, today),
                Note(request, TimelineEntryKind.LetterSent, $"Brief '{input.Kind.Label()}' verstuurd."),
            ], ct);

    /// <summary>
    /// A change of the request itself, once: the role, the input's field rules, the stamp the FG's screen was based on,
    /// the rule of the step (a Dutch refusal, or the timeline line it writes), then the save unless a colleague saved first.
    /// </summary>
    private Task<Result<RequestSummary>> ChangeAsync(
        Guid id, Guid basedOn, object input, IReadOnlyCollection<string> roles, string saved,
        Func<DataSubjectRequest, DateOnly, (string? Refusal, IReadOnlyList<object> Records)> change, CancellationToken ct) =>
        ChangeAsync(id, basedOn, input, roles, saved, (_, request, today) => Task.FromResult(change(request, today)), ct);

    /// <summary>The same, for a step whose rule also reads the request's other records (its notification tasks).</summary>
    private async Task<Result<RequestSummary>> ChangeAsync(
        Guid id, Guid basedOn, object input, IReadOnlyCollection<string> roles, string saved,
        Func<PortalDbContext, DataSubjectRequest, DateOnly, Task<(string? Refusal, IReadOnlyList<object> Records)>> change, CancellationToken ct)
    {
        await guard.RequireAsync(RequestEventTypes.Update, AuditAction.Update, roles, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);
        if (request.ConcurrencyStamp != basedOn)
        {
            return Result.Conflict();
        }

        var today = DutchTime.Today(clock);
        var (refusal, records) = await change(db, request, today);
        if (refusal is not null)
        {
            return Result.Refused(refusal);
        }

        await RenderLettersAsync(db, records, ct);
        db.AddRange(records);

        using var purpose = auditContext.BeginPurpose(request.PurposeOfUse);
        var outcome = await db.SaveUnlessChangedSinceAsync(request, basedOn, saved, ct);
        return outcome.Succeeded ? Result.Ok(await SummaryAsync(db, request, today, ct), outcome.Message) : outcome;
    }

    /// <summary>Adds records to a request (a note, a letter) without changing it: the role, the field rules, then the save.</summary>
    private async Task<Result<RequestSummary>> AppendAsync(
        Guid id, string eventType, object input, string saved, Func<DataSubjectRequest, DateOnly, IEnumerable<object>> records, CancellationToken ct)
    {
        await guard.RequireAsync(eventType, AuditAction.Create, Handlers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await FindAsync(db, id, ct);
        var today = DutchTime.Today(clock);
        using var purpose = auditContext.BeginPurpose(request.PurposeOfUse);
        var added = records(request, today).ToList();
        await RenderLettersAsync(db, added, ct);
        db.AddRange(added);
        await db.SaveChangesAsync(ct);
        return Result.Ok(await SummaryAsync(db, request, today, ct), saved);
    }

    /// <summary>Each letter being recorded is kept as the A4 PDF that was sent, under the letterhead the letters sign with.</summary>
    private static async Task RenderLettersAsync(PortalDbContext db, IEnumerable<object> records, CancellationToken ct)
    {
        var letters = records.OfType<RequestLetter>().ToList();
        if (letters.Count == 0)
        {
            return;
        }

        var letterhead = Letterhead.From(await LetterSender.ForAsync(db, ct));
        foreach (var letter in letters)
        {
            letter.Pdf = LetterPdf.Render(letter, letterhead);
        }
    }

    private async Task<IntakeHousehold?> IntakeAsync(PortalDbContext db, IQueryable<Household> which, string purposeOfUse, CancellationToken ct)
    {
        var household = await which.AsNoTracking().Select(h => new { h.Id, h.MemberNumber, h.City }).SingleOrDefaultAsync(ct);
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
                PurposeOfUse = purposeOfUse,
            },
            ct);
        return new IntakeHousehold(
            household.Id, household.MemberNumber, household.City,
            persons.Select(p => new IntakePerson(p.Id, p.FullName, p.Role)).ToList(),
            contacts.Select(c => new IntakeContactPerson(
                c.Id, c.Name, c.Relation, c.Permissions.HasFlag(ContactPersonPermissions.SubmitPrivacyRequests))).ToList());
    }

    /// <summary>Changes to member data made with this request as purpose of use (the request's own records left out).</summary>
    private static async Task<IReadOnlyList<RequestLinkedChange>> ChangesForAsync(PortalDbContext db, DataSubjectRequest request, CancellationToken ct)
    {
        var purpose = request.PurposeOfUse;
        string[] own = [nameof(DataSubjectRequest), nameof(RequestTimelineEntry), nameof(RequestLetter), "NotificationTask", "ProcessingRestriction"];
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.PurposeOfUse == purpose && e.Outcome == AuditOutcome.Success
                && (e.Action == AuditAction.Create || e.Action == AuditAction.Update || e.Action == AuditAction.Delete)
                && e.TargetType != null && !own.Contains(e.TargetType))
            .OrderBy(e => e.Sequence)
            .Select(e => new RequestLinkedChange(e.StartedAtUtc, e.EventType, e.Action, e.UserName, e.Details))
            .ToListAsync(ct);
    }

    private static async Task<bool> IsRequesterAuthorisedAsync(
        PortalDbContext db, Guid householdId, RequesterKind requester, Guid? contactPersonId, CancellationToken ct) =>
        requester switch
        {
            RequesterKind.DataSubject => true,
            RequesterKind.ContactPerson when contactPersonId is { } contactId =>
                await db.ContactPersons.AsNoTracking().AnyAsync(
                    c => c.Id == contactId && c.HouseholdId == householdId
                        && (c.Permissions & ContactPersonPermissions.SubmitPrivacyRequests) != 0,
                    ct),
            RequesterKind.ContactPerson => false,
            RequesterKind.Housemate => false,
            RequesterKind.Other => false,
        };

    private RequestTimelineEntry Note(
        DataSubjectRequest r, TimelineEntryKind kind, string? text, RequestStatus? from = null, RequestStatus? to = null) =>
        r.Note(kind, text, user.DisplayName, clock.GetUtcNow().UtcDateTime, from, to);

    private static AuditRecord Read(string eventType, AuditAction action, DataSubjectRequest r) => new(eventType, action)
    {
        SubjectHouseholdId = r.HouseholdId,
        SubjectPersonId = r.PersonId,
        TargetType = nameof(DataSubjectRequest),
        TargetId = r.Id.ToString(),
        PurposeOfUse = r.PurposeOfUse,
    };

    internal static async Task<DataSubjectRequest> FindAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Verzoek", id);

    internal static async Task<string> PersonNameAsync(PortalDbContext db, Guid personId, CancellationToken ct) =>
        await db.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FirstName, p.Infix, p.LastName }).SingleOrDefaultAsync(ct) is { } p
            ? PersonNames.Full(p.FirstName, p.Infix, p.LastName)
            : "";

    internal static async Task<RequestSummary> SummaryAsync(PortalDbContext db, DataSubjectRequest r, DateOnly today, CancellationToken ct) =>
        Summarise(r, await PersonNameAsync(db, r.PersonId, ct), today);

    internal static RequestSummary Summarise(DataSubjectRequest r, string personName, DateOnly today) => new(
        r.Id, r.Number, r.Type, r.Status, r.ReceivedOn, r.Deadline,
        r.IsOpen ? LegalDeadlines.Urgency(today, r.Deadline) : DeadlineUrgency.OnTrack,
        r.HouseholdId, r.PersonId, personName, r.IdentityVerified, r.RequesterAuthorised, r.PossibleDuplicateOfId, r.ConcurrencyStamp)
    {
        ClosedOn = r.ClosedOn,
        ExtensionUntold = r.ExtensionUntold,
    };

    private static RequestDetails Details(DataSubjectRequest r, string personName, IReadOnlyList<RequestTimelineEntry> timeline, IReadOnlyList<RequestLetter> letters) => new(
        Summarise(r, personName, DateOnly.MinValue), r.Channel, r.RequesterKind, r.RequesterName, r.Description, r.IdentityChecks,
        r.DueOn, r.ExtendedDueOn, r.ExtensionReason, r.RejectionReason, r.Outcome, r.RegisteredByName, timeline, letters)
    {
        FormOfAddress = r.FormOfAddress,
        Erased = r.Type == RequestType.Erasure && r.KeptAddressee is not null,
        ExtensionToldOn = r.ExtensionToldOn,
        IdentityAskedOn = r.IdentityAskedOn,
        IdentityAskedBy = r.IdentityAskedBy,
        IdentityAnswerDueOn = r.IdentityAnswerDueOn,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
