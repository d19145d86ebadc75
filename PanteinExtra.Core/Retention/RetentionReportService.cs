using System.Text;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed record RetentionReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The report of a run as a CSV file (semicolon separated, as Dutch Excel opens it): what, how many per policy,
/// who approved, when. Counts only, no personal data. Exporting is audited. It is a document the FG reads, not a
/// machine export: its words are the Dutch labels and its dates and times Dutch ("01-06-2026 12:00"); counts stay
/// plain whole numbers, so that Excel reads them as numbers.
/// </summary>
public sealed class RetentionReportService(
    IDbContextFactory<PortalDbContext> dbFactory, IEnumerable<IRetentionPolicySubject> kinds, AccessGuard guard, IAuditLog audit)
{
    private readonly Dictionary<string, string> _kindLabels = kinds.ToDictionary(k => k.Key, k => k.Label);

    public async Task<RetentionReportFile> ExportCsvAsync(Guid runId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionEventTypes.RunExport, AuditAction.Export, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.RetentionRuns.AsNoTracking().Include(r => r.Policies).SingleOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new NotFoundException("Run", runId);
        var csv = Render(run);
        await audit.RecordAsync(
            new AuditRecord(RetentionEventTypes.RunExport, AuditAction.Export)
            {
                TargetType = nameof(RetentionRun),
                TargetId = run.Id.ToString(),
                Details = new Dictionary<string, object?> { ["format"] = "csv", ["policies"] = run.Policies.Count },
            },
            ct);
        return new RetentionReportFile($"bewaartermijnrun-{run.Number}.csv", "text/csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());
    }

    private string Render(RetentionRun run)
    {
        var sb = new StringBuilder();
        void Line(params object?[] cells) => sb.AppendLine(string.Join(';', cells.Select(Cell)));
        Line("Rapport bewaartermijnrun", run.Number);
        Line("Soort", run.Origin.Label());
        Line("Status", run.Status.Label());
        Line("Peildatum", Dutch.Date(run.AsOfDate));
        Line("Voorbeeld gemaakt", Dutch.Moment(run.CreatedAtUtc), run.CreatedByName);
        Line("Goedgekeurd", Dutch.Moment(run.ApprovedAtUtc), run.ApprovedByName);
        Line("Gestart", Dutch.Moment(run.StartedAtUtc));
        Line("Afgerond", Dutch.Moment(run.FinishedAtUtc));
        Line("Gestopt door", run.StoppedByName);
        Line("Batches", run.LastBatchNumber);
        sb.AppendLine();
        Line("Beleid", "Soort gegevens", "Versie", "Termijn", "Actie", "Verlopen", "Geblokkeerd", "Uitgevoerd", "Overgeslagen");
        foreach (var p in run.Policies.OrderBy(p => p.PolicyName))
        {
            Line(p.PolicyName, _kindLabels.GetValueOrDefault(p.RecordKind, p.RecordKind), p.PolicyVersion, RetentionCalendar.DescribePeriod(p.PeriodMonths),
                p.Action.Label(), p.ExpiredCount, p.HeldCount, p.ProcessedCount, p.SkippedCount);
        }

        Line("Totaal", "", "", "", "", run.TotalItems, run.HeldItems, run.ProcessedItems, run.SkippedItems);
        return sb.ToString();
    }

    private static string Cell(object? value)
    {
        var text = Convert.ToString(value, Dutch.Culture) ?? "";
        // Quote what would break the row, and neutralise formula starters (CSV injection).
        if (text.Length > 0 && "=+-@".Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
