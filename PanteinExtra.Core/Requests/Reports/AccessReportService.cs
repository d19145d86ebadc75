using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>Builds the access report of an access request from every feature's contributor plus the access log.</summary>
public sealed class AccessReportService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IAccessReportContributor> contributors,
    AccessGuard guard,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string EventType = "DataSubjectRequest:AccessReport";

    public async Task<AccessReport> BuildAsync(Guid requestId, CancellationToken ct = default)
    {
        await guard.RequireAsync(EventType, AuditAction.Export, [Roles.PrivacyOfficer], ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw new NotFoundException("Verzoek", requestId);
        if (request.IdentityVerifiedOn is null)
        {
            throw new InvalidOperationException("Het inzageoverzicht kan pas worden gemaakt als de identiteit is vastgesteld.");
        }

        var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == request.PersonId, ct);
        var memberNumber = await db.Households.AsNoTracking().Where(h => h.Id == request.HouseholdId).Select(h => h.MemberNumber).SingleAsync(ct);
        var sections = new List<AccessReportSection>();
        var recipients = new List<AccessReportRecipient>();
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            sections.AddRange(await contributor.SectionsAsync(db, request.HouseholdId, request.PersonId, ct));
            recipients.AddRange(await contributor.RecipientsAsync(db, request.HouseholdId, request.PersonId, ct));
        }

        var consultations = await db.AuditEvents.AsNoTracking()
            .Where(e => (e.SubjectPersonId == request.PersonId || (e.SubjectHouseholdId == request.HouseholdId && e.SubjectPersonId == null))
                && e.Outcome == AuditOutcome.Success)
            .OrderBy(e => e.Sequence)
            .Select(e => new AccessReportConsultation(e.StartedAtUtc, e.UserRole, e.Action.ToString(), e.PurposeOfUse))
            .ToListAsync(ct);

        await audit.RecordAsync(
            new AuditRecord(EventType, AuditAction.Export)
            {
                SubjectHouseholdId = request.HouseholdId,
                SubjectPersonId = request.PersonId,
                TargetType = nameof(DataSubjectRequest),
                TargetId = request.Id.ToString(),
                PurposeOfUse = $"verzoek #{request.Number}",
                Details = new Dictionary<string, object?> { ["sections"] = sections.Count, ["consultations"] = consultations.Count },
            },
            ct);
        return new AccessReport(request.Number, person.FullName, memberNumber, DutchTime.Today(clock), sections, recipients, consultations);
    }
}
