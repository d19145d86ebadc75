using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.Requests.Fulfilment;

/// <summary>
/// What the FG does for each type of request once identity is established: the portability export, restriction,
/// stopping direct marketing on objection, an objection decision, and the Art. 19 notification tasks.
/// </summary>
public sealed class FulfilmentService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IRecipientSource> recipientSources,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    TimeProvider clock)
{
    public const string PortabilityOnly = "Een gegevensbestand hoort alleen bij een verzoek om overdraagbaarheid.";

    public const string IdentityFirst = "Eerst moet de identiteit van de aanvrager zijn vastgesteld.";

    private static readonly string[] Fg = [Roles.PrivacyOfficer];

    /// <summary>Subscriptions that are direct marketing: they stop at once on objection (Art. 21(3)).</summary>
    public static readonly SubscriptionKind[] DirectMarketing = [SubscriptionKind.Newsletter, SubscriptionKind.OnlineMagazine];

    public async Task<PortableData> PortableDataAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Portability, AuditAction.Export, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        if (request.Type != RequestType.Portability)
        {
            throw new RefusedException(PortabilityOnly);
        }

        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == request.PersonId, ct);
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == request.HouseholdId, ct);
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => s.HouseholdId == household.Id && (s.PersonId == null || s.PersonId == person.Id)).ToListAsync(ct);
        var contacts = await db.ContactPersons.AsNoTracking().Where(c => c.HouseholdId == household.Id).ToListAsync(ct);

        // A machine format (docs/portability-format.md): codes, not Dutch labels.
        var data = new PortableData(
            PortableData.SchemaName,
            DutchTime.Today(clock),
            new PortablePerson(person.FirstName, person.Infix, person.LastName, person.Initials, person.DateOfBirth, person.Phone, person.Email),
            new PortableHousehold(household.MemberNumber, household.Street, household.HouseNumber, household.HouseNumberAddition, household.Postcode,
                household.City, household.Phone, household.Email, household.PreferredChannel.ToString()),
            subscriptions.OrderBy(s => s.StartDate).Select(s => new PortableSubscription(s.Kind.ToString(), s.StartDate, s.EndDate, s.Channel.ToString())).ToList(),
            contacts.Select(c => new PortableContactPerson(c.Name, c.Relation, c.Phone, c.Email)).ToList());
        await audit.RecordAsync(Event(RequestEventTypes.Portability, AuditAction.Export, request), ct);
        return data;
    }

    /// <summary>Who received the person's data: for the notification tasks, and to tell the member on request.</summary>
    public async Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Fulfil, AuditAction.View, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        var recipients = new List<DataRecipient>();
        foreach (var source in recipientSources)
        {
            recipients.AddRange(await source.RecipientsAsync(request.HouseholdId, request.PersonId, ct));
        }

        await audit.RecordAsync(Event(RequestEventTypes.Recipients, AuditAction.View, request), ct);
        return recipients;
    }

    /// <summary>Marks the person restricted and creates a notification task per recipient.</summary>
    public async Task<Result<RequestSummary>> RestrictAsync(Guid requestId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await CheckAsync(db, requestId, input: null, (RequestType.Restriction, "Beperken hoort bij een verzoek om beperking."), ct);
        if (check.Value is not { } request)
        {
            return check.Outcome;
        }

        if (await db.ProcessingRestrictions.AnyAsync(r => r.RequestId == requestId && r.LiftedOn == null, ct))
        {
            return Result.Refused("De verwerking is al beperkt.");
        }

        var today = DutchTime.Today(clock);
        db.Add(ProcessingRestriction.For(request, today));
        db.Add(Note(request, TimelineEntryKind.Note, "Verwerking beperkt: geen nieuwsbrief, geen nieuwe doorverwijzingen, wijzigen alleen via dit verzoek."));
        await SaveForAsync(db, request, ct);
        await CreateNotificationTasksAsync(requestId, ct);
        return Result.Ok(await RequestService.SummaryAsync(db, request, today, ct), "De verwerking is beperkt.");
    }

    public async Task<Result<RequestSummary>> LiftRestrictionAsync(Guid requestId, LiftRestrictionInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await CheckAsync(db, requestId, input, required: null, ct);
        if (check.Value is not { } request)
        {
            return check.Outcome;
        }

        var restriction = await db.ProcessingRestrictions.SingleOrDefaultAsync(r => r.RequestId == requestId && r.LiftedOn == null, ct);
        if (restriction is null)
        {
            return Result.Refused("Er is geen beperking om op te heffen.");
        }

        var today = DutchTime.Today(clock);
        restriction.Lift(today, input.Reason!);
        db.Add(Note(request, TimelineEntryKind.Note, $"Beperking opgeheven: {restriction.LiftReason}"));
        await SaveForAsync(db, request, ct);
        return Result.Ok(await RequestService.SummaryAsync(db, request, today, ct), "De beperking is opgeheven.");
    }

    /// <summary>Objection to direct marketing: the newsletter and online magazine stop today, without assessment (Art. 21(3)).</summary>
    public async Task<Result<RequestSummary>> StopDirectMarketingAsync(Guid requestId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await CheckAsync(db, requestId, input: null, (RequestType.Objection, "Direct marketing stoppen hoort bij een bezwaar."), ct);
        if (check.Value is not { } request)
        {
            return check.Outcome;
        }

        var today = DutchTime.Today(clock);
        var running = await db.Subscriptions
            .Where(s => s.HouseholdId == request.HouseholdId && (s.PersonId == null || s.PersonId == request.PersonId)
                && DirectMarketing.Contains(s.Kind) && (s.EndDate == null || s.EndDate > today))
            .ToListAsync(ct);
        running.ForEach(s => s.End(today));
        var ended = $"{Dutch.Count(running.Count, "abonnement", "abonnementen")} per vandaag beëindigd";
        db.Add(Note(request, TimelineEntryKind.Note,
            $"Bezwaar tegen direct marketing: {ended} ({string.Join(", ", DirectMarketing.Select(k => k.Label()))})."));
        await SaveForAsync(db, request, ct);
        return Result.Ok(await RequestService.SummaryAsync(db, request, today, ct), Labels.Capitalise(ended) + ".");
    }

    /// <summary>Any other objection: the assessment and the decision, recorded on the timeline.</summary>
    public async Task<Result<RequestSummary>> DecideObjectionAsync(Guid requestId, ObjectionDecisionInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var check = await CheckAsync(db, requestId, input, required: null, ct);
        if (check.Value is not { } request)
        {
            return check.Outcome;
        }

        db.Add(Note(request, TimelineEntryKind.Decision,
            $"Besluit: bezwaar {(input.Upheld ? "toegewezen" : "afgewezen")}. Afweging: {input.Assessment!.Trim()}"));
        await SaveForAsync(db, request, ct);
        return Result.Ok(await RequestService.SummaryAsync(db, request, DutchTime.Today(clock), ct), "Het besluit is vastgelegd.");
    }

    /// <summary>Creates one task per recipient that has no task for this request yet (rectification, erasure, restriction).</summary>
    public async Task<IReadOnlyList<NotificationTask>> CreateNotificationTasksAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Fulfil, AuditAction.Create, Fg, ct);
        var recipients = await RecipientsAsync(requestId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        if (request.Type is not (RequestType.Rectification or RequestType.Erasure or RequestType.Restriction))
        {
            return [];
        }

        var existing = await db.NotificationTasks.Where(t => t.RequestId == requestId).Select(t => t.RecipientName).ToListAsync(ct);
        var today = DutchTime.Today(clock);
        foreach (var recipient in recipients.Where(r => !existing.Contains(r.Name)).DistinctBy(r => r.Name))
        {
            db.Add(new NotificationTask
            {
                RequestId = requestId,
                HouseholdId = request.HouseholdId,
                PersonId = request.PersonId,
                RecipientName = recipient.Name,
                RecipientKind = recipient.Kind,
                SharedWhat = TaskText(recipient, request.Type),
                CreatedOn = today,
            });
        }

        await SaveForAsync(db, request, ct);
        return await TasksAsync(db, requestId, ct);
    }

    /// <summary>
    /// What the task says was shared, and when; a processor's task is the instruction it owes us (Art. 28(3)(a) and (e)):
    /// to erase, correct or restrict the copy it holds for us.
    /// </summary>
    internal static string TaskText(DataRecipient recipient, RequestType type)
    {
        var text = recipient.SharedOn is { } on ? $"{recipient.SharedWhat} (sinds {Dutch.Date(on)})" : recipient.SharedWhat;
        if (recipient.Kind == RecipientKind.Processor)
        {
            var instruction = type switch
            {
                RequestType.Erasure => "de gegevens wissen",
                RequestType.Rectification => "de gegevens corrigeren",
                _ => "de verwerking beperken",
            };
            text = $"Instructie aan de verwerker: {instruction} (artikel 19 en artikel 28, lid 3 AVG). {text}";
        }

        return text.Length <= RequestLimits.SharedWhat ? text : text[..(RequestLimits.SharedWhat - 1)] + "…";
    }

    public async Task<IReadOnlyList<NotificationTask>> NotificationTasksAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Fulfil, AuditAction.View, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await TasksAsync(db, requestId, ct);
    }

    public async Task<Result> MarkNotificationSentAsync(Guid taskId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.Fulfil, AuditAction.Update, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.NotificationTasks.SingleOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new NotFoundException("Kennisgeving", taskId);
        if (!task.MarkSent(DutchTime.Today(clock), user.DisplayName))
        {
            return Result.Ok("De kennisgeving was al verstuurd.");
        }

        var request = await RequestService.FindAsync(db, task.RequestId, ct);
        db.Add(Note(request, TimelineEntryKind.NotificationSent, $"Kennisgeving verstuurd aan {task.RecipientName}."));
        await SaveForAsync(db, request, ct);
        return Result.Ok($"De kennisgeving aan {task.RecipientName} is als verstuurd vastgelegd.");
    }

    /// <summary>
    /// Every command's preamble, once: the role, the input's field rules, then the request, whose identity must be
    /// established and whose type must fit the step. The request as value when the step may go ahead.
    /// </summary>
    private async Task<Result<DataSubjectRequest>> CheckAsync(
        PortalDbContext db, Guid requestId, object? input, (RequestType Type, string Refusal)? required, CancellationToken ct)
    {
        await guard.RequireAsync(RequestEventTypes.Fulfil, AuditAction.Update, Fg, ct);
        if (input is not null && InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        var request = await RequestService.FindAsync(db, requestId, ct);
        if (!request.IdentityVerified)
        {
            return Result.Refused(IdentityFirst);
        }

        if (required is { } r && request.Type != r.Type)
        {
            return Result.Refused(r.Refusal);
        }

        return Result.Ok(request);
    }

    /// <summary>Saves with the request as the purpose of use of every change (opened for this save only).</summary>
    private async Task SaveForAsync(PortalDbContext db, DataSubjectRequest request, CancellationToken ct)
    {
        using var purpose = auditContext.BeginPurpose(request.PurposeOfUse);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>For what only a verified request may show (the data itself, its recipients).</summary>
    private static async Task<DataSubjectRequest> VerifiedRequestAsync(PortalDbContext db, Guid requestId, CancellationToken ct)
    {
        var request = await RequestService.FindAsync(db, requestId, ct);
        return request.IdentityVerified ? request : throw new RefusedException(IdentityFirst);
    }

    private static async Task<IReadOnlyList<NotificationTask>> TasksAsync(PortalDbContext db, Guid requestId, CancellationToken ct) =>
        await db.NotificationTasks.AsNoTracking().Where(t => t.RequestId == requestId).OrderBy(t => t.RecipientName).ToListAsync(ct);

    private RequestTimelineEntry Note(DataSubjectRequest r, TimelineEntryKind kind, string text) =>
        r.Note(kind, text, user.DisplayName, clock.GetUtcNow().UtcDateTime);

    private static AuditRecord Event(string type, AuditAction action, DataSubjectRequest r) => new(type, action)
    {
        SubjectHouseholdId = r.HouseholdId,
        SubjectPersonId = r.PersonId,
        TargetType = nameof(DataSubjectRequest),
        TargetId = r.Id.ToString(),
        PurposeOfUse = r.PurposeOfUse,
    };
}
