using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The monthly control report the FG signs: the month's findings and their reviews, a random sample of household views
/// drawn by the portal (seed and drawn events kept, so the draw can be shown again) and checked by hand, and the
/// sign-off with a conclusion, after which the report is frozen. Only the FG; every read and change is audited.
/// </summary>
public sealed class ControlReportService(
    IDbContextFactory<PortalDbContext> dbFactory,
    AccessGuard guard,
    IAuditLog audit,
    AuditContext auditContext,
    ICurrentUser user,
    ControlReportOptions options,
    TimeProvider clock)
{
    private static readonly string[] StaffRoles = [.. Roles.All];

    /// <summary>The control's own reads (the FG looking at evidence) are not what the sample checks.</summary>
    private const string ControlEventPrefix = "LogControl:";

    internal static string PurposeOf(ReportMonth month) => $"logcontrole: maandrapport {month.Label}";

    public async Task<IReadOnlyList<ControlReportSummary>> ListAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportView, AuditAction.Search, FindingReviewService.Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reports = await db.ControlReports.AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ToListAsync(ct);
        await audit.RecordAsync(
            new AuditRecord(LogControlReviewEventTypes.ReportView, AuditAction.Search) { Details = new Dictionary<string, object?> { ["results"] = reports.Count } }, ct);
        return reports.Select(r => new ControlReportSummary(r.Period, r.Status, r.StartedAtUtc, r.StartedBy, r.SignedOffBy, r.SignedOffAtUtc, r.FindingsTotal)).ToList();
    }

    public async Task<ControlReportHomeStatus> HomeStatusAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportView, AuditAction.View, FindingReviewService.Reviewers, ct);
        var current = ReportMonth.Current(clock);
        var previous = current.Previous;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ControlReports.AsNoTracking()
            .Where(r => (r.Year == current.Year && r.Month == current.Month) || (r.Year == previous.Year && r.Month == previous.Month))
            .Select(r => new { r.Year, r.Month, r.Status }).ToListAsync(ct);
        ControlReportStatus? Of(ReportMonth m) => rows.Where(r => r.Year == m.Year && r.Month == m.Month).Select(r => (ControlReportStatus?)r.Status).FirstOrDefault();
        return new ControlReportHomeStatus(current, Of(current), previous, Of(previous));
    }

    /// <summary>The month's report (or, when not started, what it would contain), audited as a read of the drawn households.</summary>
    public async Task<ControlReportView> GetAsync(ReportMonth month, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportView, AuditAction.View, FindingReviewService.Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var view = await ViewAsync(db, month, ct);
        await RecordReadAsync(view, LogControlReviewEventTypes.ReportView, AuditAction.View, ct);
        return view;
    }

    public async Task<Result> StartAsync(ReportMonth month, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportChange, AuditAction.Create, FindingReviewService.Reviewers, ct);
        if (!month.HasBegun(clock))
        {
            return Result.Refused($"De maand {month.Label} is nog niet begonnen.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.ControlReports.AnyAsync(r => r.Year == month.Year && r.Month == month.Month, ct))
        {
            return Result.Refused($"Het maandrapport van {month.Label} bestaat al.");
        }

        using var purpose = auditContext.BeginPurpose(PurposeOf(month));
        db.ControlReports.Add(ControlReport.Start(month, user.DisplayName, clock.GetUtcNow().UtcDateTime, Math.Clamp(options.SampleSize, 1, 500)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result.Conflict($"Het maandrapport van {month.Label} is intussen in een andere sessie begonnen. Laad de pagina opnieuw.");
        }

        return Result.Ok($"Het maandrapport van {month.Label} is begonnen (concept).");
    }

    /// <summary>Draws the sample once the month has ended, with a fresh random seed; the seed and the drawn events are kept.</summary>
    public Task<Result> DrawSampleAsync(ReportMonth month, CancellationToken ct = default) =>
        DrawSampleAsync(month, RandomNumberGenerator.GetInt32(int.MaxValue), ct);

    internal async Task<Result> DrawSampleAsync(ReportMonth month, long seed, CancellationToken ct)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportChange, AuditAction.Update, FindingReviewService.Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var report = await db.ControlReports.SingleOrDefaultAsync(r => r.Year == month.Year && r.Month == month.Month, ct);
        if (report is null)
        {
            return Result.NotFound($"Het maandrapport van {month.Label} is nog niet begonnen.");
        }

        if (!month.HasEnded(clock))
        {
            return Result.Refused($"De steekproef wordt getrokken als de maand voorbij is: {month.Label} loopt nog.");
        }

        var population = await PopulationAsync(db, month, ct);
        using var purpose = auditContext.BeginPurpose(PurposeOf(month));
        if (report.RecordDraw(seed, population.Count, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return Result.Refused(refusal);
        }

        var drawn = SampleDraw.Draw(population, seed, report.SampleSize);
        var events = await db.AuditEvents.AsNoTracking().Where(e => drawn.Contains(e.Sequence))
            .Select(e => new { e.Sequence, e.StartedAtUtc, e.UserName, e.UserRole, e.EventType, e.PurposeOfUse, e.Outcome, e.SubjectHouseholdId })
            .ToDictionaryAsync(e => e.Sequence, ct);
        for (var i = 0; i < drawn.Count; i++)
        {
            var e = events[drawn[i]];
            db.ControlReportSamples.Add(new ControlReportSample
            {
                ReportId = report.Id,
                Ordinal = i + 1,
                Sequence = e.Sequence,
                AtUtc = e.StartedAtUtc,
                UserName = e.UserName,
                UserRole = e.UserRole,
                EventType = e.EventType,
                PurposeOfUse = e.PurposeOfUse,
                Outcome = e.Outcome,
                HouseholdId = e.SubjectHouseholdId,
            });
        }

        var result = await db.SaveUnlessChangedSinceAsync(report, report.ConcurrencyStamp,
            $"{Dutch.Count(drawn.Count, "toegang", "toegangen")} getrokken uit {Dutch.Count(population.Count, "inzage", "inzages")} van {month.Label}.", ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>Draws again from the kept seed over the month's log and says whether the same accesses come out.</summary>
    public async Task<Result> VerifyDrawAsync(ReportMonth month, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportView, AuditAction.View, FindingReviewService.Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.ControlReports.AsNoTracking().SingleOrDefaultAsync(r => r.Year == month.Year && r.Month == month.Month, ct);
        if (report?.Seed is not { } seed)
        {
            return Result.NotFound($"Voor {month.Label} is nog geen steekproef getrokken.");
        }

        var kept = await db.ControlReportSamples.AsNoTracking().Where(s => s.ReportId == report.Id).OrderBy(s => s.Ordinal).Select(s => s.Sequence).ToListAsync(ct);
        var population = await PopulationAsync(db, month, ct);
        var again = SampleDraw.Draw(population, seed, report.SampleSize);
        await audit.RecordAsync(
            new AuditRecord(LogControlReviewEventTypes.ReportView, AuditAction.View)
            {
                TargetType = nameof(ControlReport),
                TargetId = report.Id.ToString(),
                PurposeOfUse = PurposeOf(month),
                Details = new Dictionary<string, object?> { ["verify"] = again.SequenceEqual(kept) },
            },
            ct);
        return again.SequenceEqual(kept)
            ? Result.Ok($"Opnieuw getrokken met zaadwaarde {seed} uit {Dutch.Count(population.Count, "inzage", "inzages")}: dezelfde {Dutch.Count(kept.Count, "toegang", "toegangen")} in dezelfde volgorde.")
            : Result.Refused($"Opnieuw getrokken met zaadwaarde {seed} uit {Dutch.Count(population.Count, "inzage", "inzages")} (bij de trekking {Dutch.Number(report.Population ?? 0)}): de uitkomst wijkt af van de bewaarde steekproef.");
    }

    public async Task<Result> CheckSampleAsync(ReportMonth month, Guid sampleId, SampleCheckInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportChange, AuditAction.Update, FindingReviewService.Reviewers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.ControlReports.SingleOrDefaultAsync(r => r.Year == month.Year && r.Month == month.Month, ct);
        var sample = report is null ? null : await db.ControlReportSamples.SingleOrDefaultAsync(s => s.Id == sampleId && s.ReportId == report.Id, ct);
        if (report is null || sample is null)
        {
            return Result.NotFound("Deze toegang staat niet in de steekproef van deze maand.");
        }

        using var purpose = auditContext.BeginPurpose(PurposeOf(month));
        if (report.ChangeRefusal is { } refusal)
        {
            await audit.RecordAsync(Change(report) with { Outcome = AuditOutcome.Denied }, ct);
            return Result.Refused(refusal);
        }

        sample.Check(input.Verdict, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), user.DisplayName, clock.GetUtcNow().UtcDateTime);

        // Sign-off and this check exclude each other: the report's stamp moves with every check.
        report.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict("Het maandrapport is intussen in een andere sessie afgetekend of gewijzigd. Laad de pagina opnieuw.");
        }

        return Result.Ok($"Toegang {sample.Ordinal}: {input.Verdict.Label()}.");
    }

    public async Task<Result> SignOffAsync(ReportMonth month, SignOffInput input, CancellationToken ct = default)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportChange, AuditAction.Update, FindingReviewService.Reviewers, ct);
        if (InputRules.Validate(input) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var report = await db.ControlReports.SingleOrDefaultAsync(r => r.Year == month.Year && r.Month == month.Month, ct);
        if (report is null)
        {
            return Result.NotFound($"Het maandrapport van {month.Label} is nog niet begonnen.");
        }

        using var purpose = auditContext.BeginPurpose(PurposeOf(month));
        var view = await ViewAsync(db, month, ct);
        var refusal = report.ChangeRefusal
            ?? (view.MissingForSignOff.Count > 0 ? "Nog niet af te tekenen: " + string.Join(" ", view.MissingForSignOff) : null);
        if (refusal is not null)
        {
            await tx.RollbackAsync(ct);
            await audit.RecordAsync(Change(report) with { Outcome = AuditOutcome.Denied }, ct);
            return Result.Refused(refusal);
        }

        var findings = await MonthFindings(db, month).ToListAsync(ct);
        foreach (var finding in findings)
        {
            db.ControlReportFindings.Add(ControlReportFinding.Of(report.Id, finding));
        }

        report.SignOff(view.Figures, input.Conclusion!.Trim(), user.UserId, user.DisplayName, clock.GetUtcNow().UtcDateTime);
        var result = await db.SaveUnlessChangedSinceAsync(report, input.ConcurrencyStamp, $"Het maandrapport van {month.Label} is afgetekend en vastgelegd.", ct);
        if (result.Status == ResultStatus.Conflict)
        {
            return Result.Conflict("Het maandrapport is intussen gewijzigd (een controle van de steekproef of een aftekening in een andere sessie). Er is niets afgetekend: laad de pagina opnieuw.");
        }

        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>The month's report for the workbook; the export is audited as an export of the drawn households.</summary>
    internal async Task<ControlReportView> ForExportAsync(ReportMonth month, CancellationToken ct)
    {
        await guard.RequireAsync(LogControlReviewEventTypes.ReportExport, AuditAction.Export, FindingReviewService.Reviewers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var view = await ViewAsync(db, month, ct);
        await RecordReadAsync(view, LogControlReviewEventTypes.ReportExport, AuditAction.Export, ct);
        return view;
    }

    /// <summary>Household views by staff in the month, other than the control's own: what the sample is drawn from.</summary>
    private static async Task<List<long>> PopulationAsync(PortalDbContext db, ReportMonth month, CancellationToken ct)
    {
        var from = month.FromUtc;
        var to = month.ToUtc;
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.StartedAtUtc >= from && e.StartedAtUtc < to && e.Action == AuditAction.View && e.SubjectHouseholdId != null && StaffRoles.Contains(e.UserRole)
                && !e.EventType.StartsWith(ControlEventPrefix))
            .Select(e => e.Sequence).ToListAsync(ct);
    }

    private static IQueryable<ControlFinding> MonthFindings(PortalDbContext db, ReportMonth month)
    {
        var first = month.FirstDay;
        var last = month.LastDay;
        return db.ControlFindings.AsNoTracking().Where(f => f.Day >= first && f.Day <= last).OrderBy(f => f.Day).ThenBy(f => f.UserName).ThenBy(f => f.Id);
    }

    private async Task<ControlReportView> ViewAsync(PortalDbContext db, ReportMonth month, CancellationToken ct)
    {
        var report = await db.ControlReports.AsNoTracking().SingleOrDefaultAsync(r => r.Year == month.Year && r.Month == month.Month, ct);
        List<ReportFindingRow> findings;
        if (report is { IsSignedOff: true })
        {
            findings = await db.ControlReportFindings.AsNoTracking().Where(f => f.ReportId == report.Id).OrderBy(f => f.Day).ThenBy(f => f.UserName).ThenBy(f => f.FindingId)
                .Select(f => new ReportFindingRow(f.FindingId, f.Rule, f.Day, f.UserName, f.Summary, f.Households, f.Status, f.Escalation, f.ReviewNote, f.ReviewedBy, f.ReviewedAtUtc, f.ManagerName, f.BreachNumber))
                .ToListAsync(ct);
        }
        else
        {
            findings = (await MonthFindings(db, month).ToListAsync(ct))
                .Select(f => new ReportFindingRow(f.Id, f.Rule, f.Day, f.UserName, f.Summary, f.Households.Count, f.Status, f.Escalation, f.ReviewNote, f.ReviewedBy, f.ReviewedAtUtc, f.ManagerName, f.BreachNumber))
                .ToList();
        }

        var samples = report is null ? [] : await db.ControlReportSamples.AsNoTracking().Where(s => s.ReportId == report.Id).OrderBy(s => s.Ordinal).ToListAsync(ct);
        var householdIds = samples.Where(s => s.HouseholdId is not null).Select(s => s.HouseholdId!.Value).Distinct().ToList();
        var numbers = await db.Households.AsNoTracking().Where(h => householdIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.MemberNumber, ct);
        var sample = samples.Select(s => new ReportSampleRow(
            s.Id, s.Ordinal, s.Sequence, s.AtUtc, s.UserName, s.UserRole, s.EventType, s.PurposeOfUse, s.Outcome,
            s.HouseholdId, s.HouseholdId is { } h ? numbers.GetValueOrDefault(h) : null, s.Verdict, s.Note, s.CheckedBy, s.CheckedAtUtc)).ToList();

        ControlReportFigures figures;
        if (report is { IsSignedOff: true })
        {
            figures = new ControlReportFigures(
                report.FindingsTotal ?? 0, report.FindingsExplained ?? 0, report.FindingsToManager ?? 0, report.FindingsToBreach ?? 0, 0,
                report.ControlRuns ?? 0, report.DaysControlled ?? 0, report.SampleQuestions ?? 0);
        }
        else
        {
            var first = month.FirstDay;
            var last = month.LastDay;
            var runDays = await db.ControlRuns.AsNoTracking().Where(r => r.Day >= first && r.Day <= last).Select(r => r.Day).ToListAsync(ct);
            figures = new ControlReportFigures(
                findings.Count,
                findings.Count(f => f.Status == FindingStatus.Explained),
                findings.Count(f => f.Escalation == FindingEscalation.Manager),
                findings.Count(f => f.Escalation == FindingEscalation.BreachRegister),
                findings.Count(f => f.Status == FindingStatus.Open),
                runDays.Count,
                runDays.Distinct().Count(),
                sample.Count(s => s.Verdict == SampleVerdict.Question));
        }

        var missing = new List<string>();
        if (report is null)
        {
            missing.Add("Het rapport is nog niet begonnen.");
        }
        else if (!report.IsSignedOff)
        {
            if (!month.HasEnded(clock))
            {
                missing.Add($"De maand {month.Label} is nog niet voorbij.");
            }

            if (report.Seed is null)
            {
                missing.Add("De steekproef is nog niet getrokken.");
            }

            if (sample.Count(s => s.Verdict == SampleVerdict.NotChecked) is > 0 and var notChecked)
            {
                missing.Add($"{Dutch.Count(notChecked, "toegang", "toegangen")} uit de steekproef nog niet gecontroleerd.");
            }

            if (figures.Open > 0)
            {
                missing.Add($"{Dutch.Count(figures.Open, "bevinding", "bevindingen")} van deze maand nog niet beoordeeld.");
            }
        }

        return new ControlReportView(month, report, figures, findings, sample, missing);
    }

    private async Task RecordReadAsync(ControlReportView view, string eventType, AuditAction action, CancellationToken ct)
    {
        var record = new AuditRecord(eventType, action)
        {
            TargetType = nameof(ControlReport),
            TargetId = view.Report?.Id.ToString(),
            PurposeOfUse = PurposeOf(view.Month),
            Details = new Dictionary<string, object?> { ["month"] = view.Month.Code, ["findings"] = view.Findings.Count, ["sample"] = view.Sample.Count },
        };
        await audit.RecordAsync(record, ct);
        foreach (var household in view.Sample.Where(s => s.HouseholdId is not null).Select(s => s.HouseholdId!.Value).Distinct())
        {
            await audit.RecordAsync(record with { SubjectHouseholdId = household, Details = null }, ct);
        }
    }

    private static AuditRecord Change(ControlReport report) => new(LogControlReviewEventTypes.ReportChange, AuditAction.Update)
    {
        TargetType = nameof(ControlReport),
        TargetId = report.Id.ToString(),
    };
}
