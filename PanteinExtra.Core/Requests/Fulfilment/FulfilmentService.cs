using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
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
    public const string ExportEventType = "DataSubjectRequest:Portability";
    public const string UpdateEventType = "DataSubjectRequest:Fulfil";
    private static readonly string[] Fg = [Roles.PrivacyOfficer];

    /// <summary>Subscriptions that are direct marketing: they stop at once on objection (Art. 21(3)).</summary>
    public static readonly SubscriptionKind[] DirectMarketing = [SubscriptionKind.Newsletter, SubscriptionKind.OnlineMagazine];

    public async Task<PortableData> PortableDataAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(ExportEventType, AuditAction.Export, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == request.PersonId, ct);
        var household = await db.Households.AsNoTracking().SingleAsync(h => h.Id == request.HouseholdId, ct);
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => s.HouseholdId == household.Id && (s.PersonId == null || s.PersonId == person.Id)).ToListAsync(ct);
        var contacts = await db.ContactPersons.AsNoTracking().Where(c => c.HouseholdId == household.Id).ToListAsync(ct);
        var data = new PortableData(
            PortableData.SchemaName,
            DutchTime.Today(clock),
            new PortablePerson(person.FirstName, person.Infix, person.LastName, person.Initials, person.DateOfBirth, person.Phone, person.Email),
            new PortableHousehold(household.MemberNumber, household.Street, household.HouseNumber, household.HouseNumberAddition, household.Postcode,
                household.City, household.Phone, household.Email, household.PreferredChannel.ToString()),
            subscriptions.OrderBy(s => s.StartDate).Select(s => new PortableSubscription(s.Kind.ToString(), s.StartDate, s.EndDate, s.Channel.ToString())).ToList(),
            contacts.Select(c => new PortableContactPerson(c.Name, c.Relation, c.Phone, c.Email)).ToList());
        await audit.RecordAsync(Event(ExportEventType, AuditAction.Export, request), ct);
        return data;
    }

    /// <summary>Who received the person's data: for the notification tasks, and to tell the member on request.</summary>
    public async Task<IReadOnlyList<DataRecipient>> RecipientsAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.View, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        var recipients = new List<DataRecipient>();
        foreach (var source in recipientSources)
        {
            recipients.AddRange(await source.RecipientsAsync(request.HouseholdId, request.PersonId, ct));
        }

        await audit.RecordAsync(Event("DataSubjectRequest:Recipients", AuditAction.View, request), ct);
        return recipients;
    }

    /// <summary>Marks the person restricted and creates a notification task per recipient.</summary>
    public async Task<RequestActionResult> RestrictAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.Update, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        if (request.Type != RequestType.Restriction)
        {
            return RequestActionResult.Refused("Beperken hoort bij een verzoek om beperking.");
        }

        if (await db.ProcessingRestrictions.AnyAsync(r => r.RequestId == requestId && r.LiftedOn == null, ct))
        {
            return RequestActionResult.Refused("De verwerking is al beperkt.");
        }

        var today = DutchTime.Today(clock);
        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        db.Add(new ProcessingRestriction { HouseholdId = request.HouseholdId, PersonId = request.PersonId, RequestId = request.Id, Since = today });
        db.Add(Note(request, TimelineEntryKind.Note, "Verwerking beperkt: geen nieuwsbrief, geen nieuwe doorverwijzingen, wijzigen alleen via dit verzoek."));
        await db.SaveChangesAsync(ct);
        await CreateNotificationTasksAsync(requestId, ct);
        return await SummaryAsync(requestId, ct);
    }

    public async Task<RequestActionResult> LiftRestrictionAsync(Guid requestId, string reason, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.Update, Fg, ct);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return RequestActionResult.Refused("Geef de reden om de beperking op te heffen; de betrokkene krijgt die vooraf te horen (artikel 18, lid 3).");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        var restriction = await db.ProcessingRestrictions.SingleOrDefaultAsync(r => r.RequestId == requestId && r.LiftedOn == null, ct);
        if (restriction is null)
        {
            return RequestActionResult.Refused("Er is geen beperking om op te heffen.");
        }

        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        restriction.LiftedOn = DutchTime.Today(clock);
        restriction.LiftReason = reason.Trim();
        db.Add(Note(request, TimelineEntryKind.Note, $"Beperking opgeheven: {reason.Trim()}"));
        await db.SaveChangesAsync(ct);
        return await SummaryAsync(requestId, ct);
    }

    /// <summary>Objection to direct marketing: the newsletter and online magazine stop today, without assessment (Art. 21(3)).</summary>
    public async Task<RequestActionResult> StopDirectMarketingAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.Update, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        if (request.Type != RequestType.Objection)
        {
            return RequestActionResult.Refused("Direct marketing stoppen hoort bij een bezwaar.");
        }

        var today = DutchTime.Today(clock);
        var running = await db.Subscriptions
            .Where(s => s.HouseholdId == request.HouseholdId && (s.PersonId == null || s.PersonId == request.PersonId)
                && DirectMarketing.Contains(s.Kind) && (s.EndDate == null || s.EndDate > today))
            .ToListAsync(ct);
        foreach (var subscription in running)
        {
            subscription.EndDate = today;
        }

        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        db.Add(Note(request, TimelineEntryKind.Note,
            $"Bezwaar tegen direct marketing: {running.Count} abonnement(en) per vandaag beëindigd (nieuwsbrief, online magazine)."));
        await db.SaveChangesAsync(ct);
        return await SummaryAsync(requestId, ct);
    }

    /// <summary>Any other objection: the assessment and the decision, recorded on the timeline.</summary>
    public async Task<RequestActionResult> DecideObjectionAsync(Guid requestId, bool upheld, string assessment, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.Update, Fg, ct);
        if (string.IsNullOrWhiteSpace(assessment))
        {
            return RequestActionResult.Refused("Leg de afweging vast: de belangen van de betrokkene tegen onze gerechtvaardigde gronden.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await VerifiedRequestAsync(db, requestId, ct);
        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        db.Add(Note(request, TimelineEntryKind.Decision, $"Besluit: bezwaar {(upheld ? "toegewezen" : "afgewezen")}. Afweging: {assessment.Trim()}"));
        await db.SaveChangesAsync(ct);
        return await SummaryAsync(requestId, ct);
    }

    /// <summary>Creates one task per recipient that has no task for this request yet (rectification, erasure, restriction).</summary>
    public async Task<IReadOnlyList<NotificationTask>> CreateNotificationTasksAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.Create, Fg, ct);
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
                SharedWhat = recipient.SharedOn is { } on ? $"{recipient.SharedWhat} (sinds {on:dd-MM-yyyy})" : recipient.SharedWhat,
                CreatedOn = today,
            });
        }

        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        await db.SaveChangesAsync(ct);
        return await db.NotificationTasks.AsNoTracking().Where(t => t.RequestId == requestId).OrderBy(t => t.RecipientName).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<NotificationTask>> NotificationTasksAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.View, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.NotificationTasks.AsNoTracking().Where(t => t.RequestId == requestId).OrderBy(t => t.RecipientName).ToListAsync(ct);
    }

    public async Task MarkNotificationSentAsync(Guid taskId, CancellationToken ct = default)
    {
        await guard.RequireAsync(UpdateEventType, AuditAction.Update, Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.NotificationTasks.SingleOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new NotFoundException("Kennisgeving", taskId);
        if (task.SentOn is not null)
        {
            return;
        }

        var request = await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == task.RequestId, ct);
        auditContext.PurposeOfUse = $"verzoek #{request.Number}";
        task.SentOn = DutchTime.Today(clock);
        task.SentByName = user.DisplayName;
        db.Add(Note(request, TimelineEntryKind.NotificationSent, $"Kennisgeving verstuurd aan {task.RecipientName}."));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<DataSubjectRequest> VerifiedRequestAsync(PortalDbContext db, Guid requestId, CancellationToken ct)
    {
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw new NotFoundException("Verzoek", requestId);
        return request.IdentityVerifiedOn is null
            ? throw new InvalidOperationException("Eerst moet de identiteit van de aanvrager zijn vastgesteld.")
            : request;
    }

    private async Task<RequestActionResult> SummaryAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.DataSubjectRequests.AsNoTracking().SingleAsync(x => x.Id == requestId, ct);
        return RequestActionResult.Ok(RequestService.Summarise(r, await RequestService.PersonNameAsync(db, r.PersonId, ct), DutchTime.Today(clock)));
    }

    private RequestTimelineEntry Note(DataSubjectRequest r, TimelineEntryKind kind, string text) => new()
    {
        RequestId = r.Id,
        HouseholdId = r.HouseholdId,
        PersonId = r.PersonId,
        AtUtc = clock.GetUtcNow().UtcDateTime,
        Kind = kind,
        ByName = user.DisplayName,
        Text = text,
    };

    private static AuditRecord Event(string type, AuditAction action, DataSubjectRequest r) => new(type, action)
    {
        SubjectHouseholdId = r.HouseholdId,
        SubjectPersonId = r.PersonId,
        TargetType = nameof(DataSubjectRequest),
        TargetId = r.Id.ToString(),
        PurposeOfUse = $"verzoek #{r.Number}",
    };
}
