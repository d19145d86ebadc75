using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Requests.Fulfilment;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>Builds the access report of an access request from every feature's contributor plus the access log.</summary>
public sealed class AccessReportService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IAccessReportContributor> contributors,
    IEnumerable<IRecipientSource> recipientSources,
    AccessGuard guard,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string AccessOnly = "Het inzageoverzicht hoort alleen bij een verzoek om inzage.";

    public async Task<AccessReport> BuildAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RequestEventTypes.AccessReport, AuditAction.Export, [Roles.PrivacyOfficer], ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await RequestService.FindAsync(db, requestId, ct);
        if (request.Type != RequestType.Access)
        {
            throw new RefusedException(AccessOnly);
        }

        if (!request.IdentityVerified)
        {
            throw new RefusedException("Het inzageoverzicht kan pas worden gemaakt als de identiteit is vastgesteld.");
        }

        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == request.PersonId, ct);
        var memberNumber = await db.Households.AsNoTracking().Where(h => h.Id == request.HouseholdId).Select(h => h.MemberNumber).SingleAsync(ct);
        var sections = new List<AccessReportSection>();
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            sections.AddRange(await contributor.SectionsAsync(db, request.HouseholdId, request.PersonId, ct));
        }

        var recipients = new List<DataRecipient>();
        foreach (var source in recipientSources)
        {
            recipients.AddRange(await source.RecipientsAsync(request.HouseholdId, request.PersonId, ct));
        }

        var consultations = (await db.AuditEvents.AsNoTracking()
                .Where(e => (e.SubjectPersonId == request.PersonId || (e.SubjectHouseholdId == request.HouseholdId && e.SubjectPersonId == null))
                    && e.Outcome == AuditOutcome.Success)
                .OrderBy(e => e.Sequence)
                .Select(e => new { e.StartedAtUtc, e.UserRole, e.EventType, e.Action, e.PurposeOfUse })
                .ToListAsync(ct))
            .Select(e => new AccessReportConsultation(e.StartedAtUtc, AuditedText.Role(e.UserRole), AuditedText.Event(e.EventType, e.Action), e.PurposeOfUse))
            .ToList();

        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.AccessReport, AuditAction.Export)
            {
                SubjectHouseholdId = request.HouseholdId,
                SubjectPersonId = request.PersonId,
                TargetType = nameof(DataSubjectRequest),
                TargetId = request.Id.ToString(),
                PurposeOfUse = request.PurposeOfUse,
                Details = new Dictionary<string, object?> { ["sections"] = sections.Count, ["consultations"] = consultations.Count },
            },
            ct);
        return new AccessReport(request.Number, person.FullName, memberNumber, DutchTime.Today(clock), sections, recipients, consultations);
    }
}
