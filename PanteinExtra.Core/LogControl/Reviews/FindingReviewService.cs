using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Members;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The FG's findings: the paged list, one finding with its evidence, and its review. Explained needs a note; not
/// justified is escalated to the employee's manager or into the breach register (a pre-filled breach, linked both
/// ways, made in the same transaction). Only the FG; every read of the evidence is audited per household.
/// </summary>
public sealed class FindingReviewService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    BreachService breaches,
    TimeProvider clock)
{
    internal static readonly string[] Reviewers = [Roles.PrivacyOfficer];

    public const string ReviewedElsewhere =
        "Deze bevinding is intussen in een andere sessie beoordeeld. Uw beoordeling is niet opgeslagen: open de bevinding opnieuw om de beoordeling te zien.";

    internal static string PurposeOf(ControlFinding f) => $"logcontrole: bevinding {f.Rule.Label()} van {Dutch.Date(f.Day)}";

    public async Task<PagedResult<FindingRow>> ListAsync(FindingQuery query, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.FindingsView, AuditAction.Search, Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var findings = db.ControlFindings.AsNoTracking();
        if (query.Reviewed is { } reviewed)
        {
            findings = reviewed ? findings.Where(f => f.Status != FindingStatus.Open) : findings.Where(f => f.Status == FindingStatus.Open);
        }

        if (query.Rule is { } rule)
        {
            findings = findings.Where(f => f.Rule == rule);
        }

        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            findings = findings.Where(f => f.UserId == query.UserId);
        }

        if (query.From is { } from)
        {
            findings = findings.Where(f => f.Day >= from);
        }

        if (query.To is { } to)
        {
            findings = findings.Where(f => f.Day <= to);
        }

        var total = await findings.CountAsync(ct);
        var size = Math.Clamp(query.PageSize, 1, 100);
        var page = await findings.OrderByDescending(f => f.Day).ThenBy(f => f.UserName).ThenBy(f => f.Id)
            .Skip(Math.Max(0, query.Page) * size).Take(size).ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(LogControlEventTypes.FindingsView, AuditAction.Search) { Details = new Dictionary<string, object?> { ["results"] = total } }, ct);
        return new PagedResult<FindingRow>(
            page.Select(f => new FindingRow(
                f.Id, f.Rule, f.Day, f.UserId, f.UserName, f.Summary, f.Households.Count, f.Evidence.Count, f.Status, f.Escalation,
                f.ReviewedBy, f.ReviewedAtUtc, f.BreachNumber)).ToList(),
            total);
    }

    /// <summary>The employees that have findings, for the list's filter.</summary>
    public async Task<IReadOnlyList<EmployeeChoice>> EmployeesAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.FindingsView, AuditAction.Search, Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ControlFindings.AsNoTracking().Select(f => new { f.UserId, f.UserName }).Distinct().ToListAsync(ct);
        return rows.DistinctBy(r => r.UserId).Select(r => new EmployeeChoice(r.UserId, r.UserName))
            .OrderBy(r => r.UserName, StringComparer.Create(Dutch.Culture, true)).ToList();
    }

    public async Task<FindingDetails?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.FindingView, AuditAction.View, Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var finding = await db.ControlFindings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (finding is null)
        {
            return null;
        }

        var sequences = finding.Evidence.ToList();
        var events = await db.AuditEvents.AsNoTracking().Where(e => sequences.Contains(e.Sequence)).OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.StartedAtUtc, e.EventType, e.Action, e.Outcome, e.PurposeOfUse, e.SubjectHouseholdId, e.UserRole })
            .ToListAsync(ct);
        var householdIds = finding.Households.ToList();
        var households = await db.Households.AsNoTracking().Where(h => householdIds.Contains(h.Id))
            .Select(h => new
            {
                h.Id,
                h.MemberNumber,
                Main = h.Persons.OrderBy(p => p.Role).Select(p => new { p.FirstName, p.Infix, p.LastName }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var numbers = households.ToDictionary(h => h.Id, h => h.MemberNumber);
        var manager = await db.StaffDirectory.AsNoTracking().Where(s => s.UserId == finding.UserId).Select(s => s.ManagerName).FirstOrDefaultAsync(ct);

        using (auditContext.BeginPurpose(PurposeOf(finding)))
        {
            foreach (var household in households)
            {
                await audit.RecordAsync(View(finding) with { SubjectHouseholdId = household.Id }, ct);
            }

            if (households.Count == 0)
            {
                await audit.RecordAsync(View(finding), ct);
            }
        }

        return new FindingDetails(
            finding,
            events.FirstOrDefault()?.UserRole ?? "",
            manager,
            households.Select(h => new FindingHousehold(
                    h.Id, h.MemberNumber, h.Main is null ? "" : PersonNames.Full(h.Main.FirstName, h.Main.Infix, h.Main.LastName),
                    events.Count(e => e.SubjectHouseholdId == h.Id)))
                .OrderBy(h => h.MemberNumber, StringComparer.Ordinal).ToList(),
            events.Select(e => new FindingEvidenceEvent(
                e.Sequence, e.StartedAtUtc, e.EventType, e.Action, e.Outcome, e.PurposeOfUse, e.SubjectHouseholdId,
                e.SubjectHouseholdId is { } h ? numbers.GetValueOrDefault(h) : null)).ToList());
    }

    /// <summary>
    /// The FG's review, once. A review based on a screen loaded before another session reviewed the finding is a
    /// conflict; not justified and into the breach register opens the breach in the same transaction.
    /// </summary>
    public async Task<Result> ReviewAsync(Guid findingId, FindingReviewInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.Review, AuditAction.Update, Reviewers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var finding = await db.ControlFindings.SingleOrDefaultAsync(f => f.Id == findingId, ct);
        if (finding is null)
        {
            return Result.NotFound("Deze bevinding bestaat niet (meer).");
        }

        if (finding.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return Result.Conflict(ReviewedElsewhere);
        }

        using var purpose = auditContext.BeginPurpose(PurposeOf(finding));
        var now = clock.GetUtcNow().UtcDateTime;
        var note = input.Note!.Trim();
        string? refusal;
        string saved;
        if (input.Status == FindingStatus.Explained)
        {
            refusal = finding.Explain(note, user.DisplayName, now);
            saved = "De bevinding is beoordeeld: verklaard.";
        }
        else if (input.Escalation == FindingEscalation.Manager)
        {
            var manager = input.ManagerName!.Trim();
            refusal = finding.EscalateToManager(manager, note, user.DisplayName, now);
            saved = $"De bevinding is beoordeeld: niet gerechtvaardigd, voorgelegd aan {manager}.";
        }
        else
        {
            refusal = finding.ReviewRefusal;
            saved = "";
            if (refusal is null)
            {
                var breach = await breaches.OpenForUnauthorisedAccessAsync(db, await AccessOfAsync(db, finding, note, ct), ct);
                refusal = finding.EscalateToBreach(breach.Id, breach.Number, note, user.DisplayName, now);
                saved = $"De bevinding is beoordeeld: niet gerechtvaardigd. Datalek #{breach.Number} is aangemaakt in het register.";
            }
        }

        if (refusal is not null)
        {
            await tx.RollbackAsync(ct);
            await audit.RecordAsync(View(finding) with { EventType = LogControlEventTypes.Review, Action = AuditAction.Update, Outcome = AuditOutcome.Denied }, ct);
            return Result.Refused(refusal);
        }

        var result = await db.SaveUnlessChangedSinceAsync(finding, input.ConcurrencyStamp, saved, ct);
        if (result.Status == ResultStatus.Conflict)
        {
            return Result.Conflict(ReviewedElsewhere);
        }

        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>The findings that became this breach (the breach file's link back to the control).</summary>
    public async Task<IReadOnlyList<FindingLink>> ForBreachAsync(Guid breachId, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlEventTypes.FindingsView, AuditAction.Search, Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ControlFindings.AsNoTracking().Where(f => f.BreachId == breachId).OrderBy(f => f.Day)
            .Select(f => new FindingLink(f.Id, f.Rule, f.Day, f.UserName)).ToListAsync(ct);
    }

    private static async Task<UnauthorisedAccess> AccessOfAsync(PortalDbContext db, ControlFinding finding, string note, CancellationToken ct)
    {
        var sequences = finding.Evidence.ToList();
        var events = await db.AuditEvents.AsNoTracking().Where(e => sequences.Contains(e.Sequence))
            .Select(e => new { e.StartedAtUtc, e.SubjectHouseholdId, e.UserRole }).ToListAsync(ct);
        var views = finding.Households.ToDictionary(h => h, h => events.Count(e => e.SubjectHouseholdId == h));
        var from = events.Count > 0 ? events.Min(e => e.StartedAtUtc) : DutchTime.StartOfDayUtc(finding.Day);
        var to = events.Count > 0 ? events.Max(e => e.StartedAtUtc) : DutchTime.StartOfDayUtc(finding.Day.AddDays(1));
        return new UnauthorisedAccess(finding.UserName, events.FirstOrDefault()?.UserRole ?? "", finding.Rule.Label(), from, to, views, note);
    }

    private static AuditRecord View(ControlFinding f) => new(LogControlReviewEventTypes.FindingView, AuditAction.View)
    {
        TargetType = nameof(ControlFinding),
        TargetId = f.Id.ToString(),
    };
}
