using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Auditing.Pruning;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Requests.Fulfilment;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>In which form the FG takes the access report; recorded with the export in the access log.</summary>
public enum AccessReportFormat
{
    [Display(Name = "scherm")] Screen,
    [Display(Name = "PDF")] Pdf,
    [Display(Name = "Excel")] Workbook,
}

/// <summary>Builds the access report of an access request from every feature's contributor, the register, the policies and the access log.</summary>
public sealed class AccessReportService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IEnumerable<IAccessReportContributor> contributors,
    IEnumerable<IRecipientSource> recipientSources,
    AccessGuard guard,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string AccessOnly = "Het inzageoverzicht hoort alleen bij een verzoek om inzage.";

    public async Task<AccessReport> BuildAsync(Guid requestId, AccessReportFormat format = AccessReportFormat.Screen, CancellationToken ct = default)
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
        var register = await AccessReportRegister.LoadAsync(db, request.HouseholdId, request.PersonId, ct);
        var sections = new List<AccessReportSection>();
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            sections.AddRange((await contributor.DataAsync(db, request.HouseholdId, request.PersonId, ct)).Select(register.Section));
        }

        var recipients = new List<DataRecipient>();
        // Processors are listed with the processings they work for, so their source is not asked again.
        foreach (var source in recipientSources.Where(s => s.Kind != RecipientKind.Processor))
        {
            recipients.AddRange(await source.RecipientsAsync(request.HouseholdId, request.PersonId, ct));
        }

        var consultations = await ConsultationsAsync(db, request, ct);
        if (consultations.Count > 0)
        {
            register.Uses(AuditArea.AccessControl);
        }

        var consultationRetention = register.Retention(AccessLogRetention.SubjectKey, "Inzage door medewerkers");
        await audit.RecordAsync(
            new AuditRecord(RequestEventTypes.AccessReport, AuditAction.Export)
            {
                SubjectHouseholdId = request.HouseholdId,
                SubjectPersonId = request.PersonId,
                TargetType = nameof(DataSubjectRequest),
                TargetId = request.Id.ToString(),
                PurposeOfUse = request.PurposeOfUse,
                Details = new Dictionary<string, object?>
                {
                    ["sections"] = sections.Count,
                    ["consultations"] = consultations.Sum(c => c.Count),
                    ["format"] = format.ToString().ToLowerInvariant(),
                },
            },
            ct);
        return new AccessReport(
            request.Number, person.FullName, memberNumber, DutchTime.Today(clock), await LetterSender.ForAsync(db, ct),
            sections, register.Processing(), register.Others(), recipients, consultationRetention, consultations, register.Gaps);
    }

    /// <summary>
    /// Every successful consultation of the person (or of their household as a whole), grouped by Dutch day, role and
    /// purpose: a readable summary instead of hundreds of raw lines, with what was done in Dutch.
    /// </summary>
    private static async Task<IReadOnlyList<AccessReportConsultation>> ConsultationsAsync(PortalDbContext db, DataSubjectRequest request, CancellationToken ct)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => (e.SubjectPersonId == request.PersonId || (e.SubjectHouseholdId == request.HouseholdId && e.SubjectPersonId == null))
                && e.Outcome == AuditOutcome.Success)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.StartedAtUtc, e.UserRole, e.EventType, e.Action, e.PurposeOfUse })
            .ToListAsync(ct);
        return events
            .GroupBy(e => (
                Day: DateOnly.FromDateTime(DutchTime.ToDutch(e.StartedAtUtc)),
                Role: AuditedText.Role(e.UserRole),
                Purpose: string.IsNullOrWhiteSpace(e.PurposeOfUse) ? NoPurpose(e.UserRole) : e.PurposeOfUse))
            .Select(g => new AccessReportConsultation(
                g.Key.Day, g.Key.Role, g.Key.Purpose, g.Select(e => AuditedText.Event(e.EventType, e.Action)).Distinct().ToList(), g.Count()))
            .ToList();
    }

    /// <summary>The portal's own work (a first import, a retention run) has no employee and so no purpose of use of its own.</summary>
    private static string NoPurpose(string role) => Roles.IsKnown(role) ? "Geen doel vastgelegd" : "Automatische verwerking, zonder medewerker";
}
