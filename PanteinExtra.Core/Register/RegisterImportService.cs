using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Register;

/// <summary>
/// Imports the register sheet of an export: first a preview (per row added, changed or unchanged; per cell what is
/// invalid), then, once confirmed, everything in one transaction, each change a new version. A row based on an
/// older version than the register holds is refused, so nobody's later edit is overwritten.
/// </summary>
public sealed class RegisterImportService(
    IDbContextFactory<PortalDbContext> dbs, AccessGuard guard, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public async Task<ImportPreview> PreviewAsync(Stream file, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Import, AuditAction.Create, RegisterAccess.Editors, ct);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxFileBytes)
        {
            return ImportPreview.Refused("Het bestand is groter dan 5 MB.");
        }

        buffer.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(buffer);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ImportPreview.Refused("Dit bestand kan niet worden gelezen als Excel-werkmap (.xlsx).");
        }

        using (workbook)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            var processors = await db.Processors.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
            var existing = await db.ProcessingActivities.AsNoTracking().Include(a => a.Processors).ToDictionaryAsync(a => a.Id, ct);
            var policies = (await db.RetentionPolicies.AsNoTracking().Select(p => p.Id).ToListAsync(ct)).ToHashSet();
            return Preview(
                workbook,
                policies,
                processors.ToDictionary(p => p.Name, p => p.Id, StringComparer.OrdinalIgnoreCase),
                processors.ToDictionary(p => p.Id, p => p.Name),
                existing,
                DutchTime.Today(clock));
        }
    }

    /// <summary>Writes what <paramref name="preview"/> showed, in one transaction; nothing when any row no longer fits.</summary>
    public async Task<Result> ApplyAsync(ImportPreview preview, CancellationToken ct = default)
    {
        await guard.RequireAsync(RegisterEventTypes.Import, AuditAction.Update, RegisterAccess.Editors, ct);
        if (!preview.CanApply)
        {
            return Result.Refused("Deze voorvertoning kan niet worden ingelezen: los eerst de gemelde fouten op.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var names = await ActivityVersioning.ProcessorNamesAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changedIds = preview.Rows.Where(r => r.Kind == ImportRowKind.Changed).Select(r => r.ActivityId!.Value).ToList();
        var tracked = await db.ProcessingActivities.Include(a => a.Processors)
            .Where(a => changedIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var row in preview.Rows)
        {
            var content = row.Content!;
            if (row.Kind == ImportRowKind.Added)
            {
                var activity = new ProcessingActivity();
                db.ProcessingActivities.Add(activity);
                ActivityVersioning.Apply(db, activity, content, isNew: true, VersionChangeKind.Imported, names, user, now);
            }
            else if (row.Kind == ImportRowKind.Changed)
            {
                if (!tracked.TryGetValue(row.ActivityId!.Value, out var activity) || activity.Version != row.BaseVersion)
                {
                    return Stale();
                }

                ActivityVersioning.Apply(db, activity, content, isNew: false, VersionChangeKind.Imported, names, user, now);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }

        await audit.RecordAsync(
            new AuditRecord(RegisterEventTypes.Import, AuditAction.Update)
            {
                TargetType = "Register",
                StartedAtUtc = now,
                Details = new Dictionary<string, object?>
                {
                    ["added"] = preview.Added,
                    ["changed"] = preview.Changed,
                    ["unchanged"] = preview.Unchanged,
                },
            },
            ct);
        return Result.Ok($"Ingelezen: {Dutch.Number(preview.Added)} toegevoegd, {Dutch.Number(preview.Changed)} gewijzigd.");
    }

    private static Result Stale() => Result.Conflict(
        "Het register is gewijzigd sinds de voorvertoning. Er is niets ingelezen; laad het bestand opnieuw voor een nieuwe voorvertoning.");

    private static ImportPreview Preview(
        XLWorkbook workbook,
        IReadOnlySet<Guid> policyIds,
        IReadOnlyDictionary<string, Guid> processorsByName,
        IReadOnlyDictionary<Guid, string> processorNames,
        IReadOnlyDictionary<Guid, ProcessingActivity> existing,
        DateOnly today)
    {
        if (!workbook.TryGetWorksheet(RegisterSheetLayout.RegisterSheet, out var sheet))
        {
            return ImportPreview.Refused($"Het tabblad '{RegisterSheetLayout.RegisterSheet}' ontbreekt. Gebruik een bestand met de indeling van de export.");
        }

        var columns = RegisterSheetLayout.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            var header = sheet.Cell(1, i + 1).GetString().Trim();
            if (!string.Equals(header, columns[i].Header, StringComparison.OrdinalIgnoreCase))
            {
                return ImportPreview.Refused(
                    $"Kolom {sheet.Cell(1, i + 1).Address.ColumnLetter} heet '{header}', verwacht '{columns[i].Header}'. Gebruik de indeling van de export.");
            }
        }

        string Name(Guid id) => processorNames.TryGetValue(id, out var n) ? n : id.ToString();
        var reader = new RegisterRowReader(processorsByName);
        var seen = new HashSet<Guid>();
        var rows = new List<ImportRow>();
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= lastRow; r++)
        {
            var sheetRow = sheet.Row(r);
            if (Enumerable.Range(1, columns.Count).All(c => sheetRow.Cell(c).IsEmpty()))
            {
                continue;
            }

            rows.Add(Classify(r, sheetRow, reader.Read(sheetRow), existing, policyIds, seen, Name, today));
        }

        return new ImportPreview(rows.Count == 0 ? $"Het tabblad '{RegisterSheetLayout.RegisterSheet}' bevat geen verwerkingen." : null, rows);
    }

    private static ImportRow Classify(
        int rowNumber,
        IXLRow sheetRow,
        RegisterRowReader.Row read,
        IReadOnlyDictionary<Guid, ProcessingActivity> existing,
        IReadOnlySet<Guid> policyIds,
        HashSet<Guid> seen,
        Func<Guid, string> processorName,
        DateOnly today)
    {
        var errors = read.Errors;
        var content = read.Content.Normalised();
        string CellOf(RegisterColumnKind kind, RegisterField? field = null)
        {
            var index = RegisterSheetLayout.Columns.ToList().FindIndex(c => c.Kind == kind && c.Field == field);
            return sheetRow.Cell(index + 1).Address.ToString()!;
        }

        void Error(RegisterColumnKind kind, RegisterField? field, string message)
        {
            var header = RegisterSheetLayout.Columns.First(c => c.Kind == kind && c.Field == field).Header;
            errors.Add(new ImportCellError(CellOf(kind, field), header, message));
        }

        foreach (var (property, message) in ActivityRules.Validate(content, today))
        {
            var field = RegisterFields.Of(property) ?? RegisterField.Name;
            if (errors.All(e => e.Column != field.CapitalisedLabel()))
            {
                Error(RegisterColumnKind.Item, field, message);
            }
        }

        if (content.RetentionPolicyId is { } policyId && !policyIds.Contains(policyId))
        {
            Error(RegisterColumnKind.Item, RegisterField.RetentionPolicyId, "Dit bewaarbeleid bestaat niet (meer). Laat de cel leeg of gebruik een id uit de export.");
        }

        ProcessingActivity? current = null;
        if (read.Id is { } id)
        {
            if (!seen.Add(id))
            {
                Error(RegisterColumnKind.Id, null, "Deze id staat al op een eerdere regel van het bestand.");
            }
            else if (!existing.TryGetValue(id, out current))
            {
                Error(RegisterColumnKind.Id, null, "Onbekende verwerking. Laat de id leeg om een nieuwe verwerking toe te voegen.");
            }
            else if (read.Version is null)
            {
                Error(RegisterColumnKind.Version, null, "Het versienummer ontbreekt; neem het over uit de export.");
            }
        }

        var changed = current is null
            ? RegisterFields.All
            : RegisterFields.Changed(current.ToContent(), processorName, content, processorName);
        if (current is not null && changed.Count > 0 && read.Version is { } version && version != current.Version)
        {
            Error(
                RegisterColumnKind.Version,
                null,
                $"Deze verwerking is na uw export gewijzigd (nu versie {current.Version}, in het bestand {version}). " +
                "Exporteer opnieuw en breng uw wijzigingen daarin aan.");
        }

        var name = content.Name.Length > 0 ? content.Name : current?.Name ?? $"Regel {rowNumber}";
        if (errors.Count > 0)
        {
            return new ImportRow(rowNumber, name, ImportRowKind.Invalid, current?.Id ?? read.Id, read.Version, null, [], errors);
        }

        var kind = current is null ? ImportRowKind.Added : changed.Count == 0 ? ImportRowKind.Unchanged : ImportRowKind.Changed;
        return new ImportRow(rowNumber, name, kind, current?.Id, current?.Version, content, changed, []);
    }
}
