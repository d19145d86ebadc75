using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Auditing;

/// <summary>
/// A filtered selection of the access log as an Excel workbook, written row by row with the OpenXML SDK's SAX writer
/// into a temporary file: memory stays flat however many rows (ClosedXML would hold the whole workbook).
/// </summary>
public sealed class AuditLogExport(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IAuditLog audit, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel holds 1,048,576 rows; a larger selection is cut here and the sheet says so.</summary>
    public const int MaxRows = 1_000_000;

    private const int NameBatch = 1_000;

    private static readonly string[] Headers =
        ["Volgnummer", "Tijdstip", "Medewerker", "Rol", "Gebeurtenis", "Handeling", "Uitkomst", "Doel", "Lidnummer", "Betrokkene", "Verwerking", "Trace-id"];

    public string FileName() => $"toegangslog-{DutchTime.Today(clock):yyyy-MM-dd}.xlsx";

    /// <summary>Writes the workbook to <paramref name="output"/> (via a temporary file) and returns the number of rows.</summary>
    public async Task<long> ExportAsync(AuditLogQuery query, Stream output, CancellationToken ct = default)
    {
        await guard.RequireAsync(AuditEventTypes.AuditLogExport, AuditAction.Export, [Roles.PrivacyOfficer], ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var path = Path.GetTempFileName();
        long rows;
        try
        {
            rows = await WriteWorkbookAsync(query, path, ct);
            await audit.RecordAsync(
                new AuditRecord(AuditEventTypes.AuditLogExport, AuditAction.Export)
                {
                    StartedAtUtc = started,
                    SubjectHouseholdId = query.SubjectHouseholdId,
                    Details = new Dictionary<string, object?> { ["rows"] = rows },
                },
                ct);
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.Asynchronous);
            await file.CopyToAsync(output, ct);
        }
        finally
        {
            File.Delete(path);
        }

        return rows;
    }

    private async Task<long> WriteWorkbookAsync(AuditLogQuery query, string path, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = (await AuditLogService.FilterAsync(db, query, ct)).NewestFirst().Take(MaxRows);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        long count = 0;
        Dictionary<Guid, string>? activities = null;
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new Columns());
            foreach (var (width, i) in new double[] { 12, 20, 26, 16, 36, 14, 12, 50, 12, 28, 36, 34 }.Select((w, i) => (w, i)))
            {
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, Headers);
            var batch = new List<AuditLogEntry>(NameBatch);
            await foreach (var e in events.Select(e => new AuditLogEntry(
                e.Sequence, e.StartedAtUtc, e.EventType, e.Action, e.Outcome, e.UserName, e.UserRole, e.PurposeOfUse,
                e.TargetType, e.TargetId, e.SubjectHouseholdId, e.SubjectPersonId, null)
            { TraceId = e.TraceId, ProcessingActivityId = e.ProcessingActivityId, ProcessingActivityVersion = e.ProcessingActivityVersion }).AsAsyncEnumerable().WithCancellation(ct))
            {
                batch.Add(e);
                if (batch.Count == NameBatch)
                {
                    count += await FlushAsync(writer, batch, ct);
                }
            }

            count += await FlushAsync(writer, batch, ct);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Toegangslog" }));
        workbook.Workbook.Save();
        return count;

        async Task<int> FlushAsync(OpenXmlWriter writer, List<AuditLogEntry> rows, CancellationToken token)
        {
            if (rows.Count == 0)
            {
                return 0;
            }

            // A second context: the first one is still streaming the events.
            await using var names = await dbFactory.CreateDbContextAsync(token);
            var ids = rows.Where(r => r.SubjectHouseholdId is not null).Select(r => r.SubjectHouseholdId!.Value).Distinct().ToList();
            var subjects = ids.Count == 0 ? [] : await AuditSubjects.LookUpAsync(names, ids, token);
            activities ??= await AuditSubjects.ActivitiesAsync(names, token);
            foreach (var r in rows)
            {
                var subject = r.SubjectHouseholdId is { } h && subjects.TryGetValue(h, out var s) ? s : default;
                WriteRow(writer, [
                    r.Sequence.ToString(Dutch.Culture), Dutch.PreciseMoment(r.StartedAtUtc), r.UserName, Roles.DutchName(r.UserRole),
                    r.EventName, r.Action.CapitalisedLabel(), r.Outcome.CapitalisedLabel(), r.PurposeOfUse, subject.Number, subject.Name,
                    AuditSubjects.Activity(activities, r.ProcessingActivityId, r.ProcessingActivityVersion), r.TraceId]);
            }

            var written = rows.Count;
            rows.Clear();
            return written;
        }
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<string?> values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            writer.WriteStartElement(new Cell { DataType = CellValues.InlineString });
            writer.WriteElement(new InlineString(new Text(value ?? "")));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
