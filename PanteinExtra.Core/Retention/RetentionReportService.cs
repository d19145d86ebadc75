using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Retention;

public sealed record RetentionReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The report of a run as a CSV file (semicolon separated, as Dutch Excel opens it): what, how many per policy,
/// who approved, when. Counts only, no personal data. Exporting is audited.
/// </summary>
public sealed class RetentionReportService(IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IAuditLog audit)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<RetentionReportFile> ExportCsvAsync(Guid runId, CancellationToken ct = default)
    {
        await guard.RequireAsync(RetentionAuditEvents.RunExport, AuditAction.Export, RetentionRoles.Fg, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.RetentionRuns.AsNoTracking().Include(r => r.Policies).SingleOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new NotFoundException("Run", runId);
        var csv = Render(run);
        await audit.RecordAsync(
            new AuditRecord(RetentionAuditEvents.RunExport, AuditAction.Export)
            {
                TargetType = nameof(RetentionRun),
                TargetId = run.Id.ToString(),
                Details = new Dictionary<string, object?> { ["format"] = "csv", ["policies"] = run.Policies.Count },
            },
            ct);
        return new RetentionReportFile($"bewaartermijnrun-{run.Number}.csv", "text/csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());
    }

    public static string Render(RetentionRun run)
    {
        var sb = new StringBuilder();
        void Line(params object?[] cells) => sb.AppendLine(string.Join(';', cells.Select(Cell)));
        Line("Rapport bewaartermijnrun", run.Number);
        Line("Soort", run.Origin == RetentionRunOrigin.Scheduled ? "gepland voorbeeld" : "handmatig");
        Line("Status", RetentionText.Status(run.Status));
        Line("Peildatum", run.AsOfDate.ToString("dd-MM-yyyy", Dutch));
        Line("Voorbeeld gemaakt", Time(run.CreatedAtUtc), run.CreatedByName);
        Line("Goedgekeurd", Time(run.ApprovedAtUtc), run.ApprovedByName);
        Line("Gestart", Time(run.StartedAtUtc));
        Line("Afgerond", Time(run.FinishedAtUtc));
        Line("Gestopt door", run.StoppedByName);
        Line("Batches", run.LastBatchNumber);
        sb.AppendLine();
        Line("Beleid", "Soort gegevens", "Versie", "Termijn", "Actie", "Verlopen", "Geblokkeerd", "Uitgevoerd", "Overgeslagen");
        foreach (var p in run.Policies.OrderBy(p => p.PolicyName))
        {
            Line(p.PolicyName, p.RecordKind, p.PolicyVersion, RetentionCalendar.DescribePeriod(p.PeriodMonths), RetentionCalendar.DescribeAction(p.Action),
                p.ExpiredCount, p.HeldCount, p.ProcessedCount, p.SkippedCount);
        }

        Line("Totaal", "", "", "", "", run.TotalItems, run.HeldItems, run.ProcessedItems, run.SkippedItems);
        return sb.ToString();
    }

    private static string Time(DateTime? utc) => utc is { } t ? DutchTime.ToDutch(t).ToString("dd-MM-yyyy HH:mm", Dutch) : "";

    private static string Cell(object? value)
    {
        var text = Convert.ToString(value, Dutch) ?? "";
        // Quote what would break the row, and neutralise formula starters (CSV injection).
        if (text.Length > 0 && "=+-@".Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}

public static class RetentionText
{
    public static string Status(RetentionRunStatus status) => status switch
    {
        RetentionRunStatus.Previewed => "wacht op goedkeuring",
        RetentionRunStatus.Approved => "goedgekeurd, wacht op uitvoering",
        RetentionRunStatus.Running => "wordt uitgevoerd",
        RetentionRunStatus.Stopped => "gestopt",
        RetentionRunStatus.Completed => "afgerond",
        RetentionRunStatus.Superseded => "vervangen",
    };

    public static string Ground(RetentionGround ground) => ground switch
    {
        RetentionGround.Statutory => "wettelijke bewaarplicht",
        RetentionGround.StrictlyNecessary => "strikt noodzakelijk",
    };

    public static string ItemState(RetentionItemState state) => state switch
    {
        RetentionItemState.Pending => "te doen",
        RetentionItemState.Done => "uitgevoerd",
        RetentionItemState.Held => "geblokkeerd",
        RetentionItemState.Skipped => "overgeslagen",
    };
}
