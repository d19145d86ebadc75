using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;

namespace PanteinExtra.Core.Breaches;

/// <summary>
/// The register of all breaches, notified or not (Art. 33(5)), as an Excel workbook with Dutch headers and dates.
/// Only the FG; the export is audited. No member names: the register documents the breach, not the members.
/// </summary>
public sealed class BreachExportService(
    IDbContextFactory<PortalDbContext> dbFactory, AccessGuard guard, IAuditLog audit, ICurrentUser user, TimeProvider clock)
{
    public static readonly string[] Headers =
    [
        "Nummer", "Status", "Bekend sinds", "Ontdekt", "Gemeld door", "Samenvatting", "Soort datalek", "Soorten persoonsgegevens",
        "Aantal personen (min.)", "Aantal personen (max.)", "Versleuteld of gehasht", "ENISA-score", "Ernst", "Reden bijstelling",
        "Termijn AP (72 uur)", "Gemeld bij AP", "Meldnummer AP", "Reden vertraging", "Motivering melden of niet melden",
        "Leden informeren", "Motivering informeren", "Maatregelen", "Afgesloten",
    ];

    public async Task<byte[]> ExportAsync(CancellationToken ct = default)
    {
        await guard.RequireAsync(BreachEventTypes.Export, AuditAction.Export, BreachService.Officers, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var breaches = await db.Breaches.AsNoTracking().OrderBy(b => b.Number).ToListAsync(ct);
        var measures = (await db.BreachMeasures.AsNoTracking().OrderBy(m => m.DueOn).ToListAsync(ct)).ToLookup(m => m.BreachId);
        await audit.RecordAsync(
            new AuditRecord(BreachEventTypes.Export, AuditAction.Export) { Details = new Dictionary<string, object?> { ["rows"] = breaches.Count } }, ct);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Datalekregister");
        sheet.Cell(1, 1).SetValue($"Datalekregister (art. 33 lid 5 AVG), geëxporteerd op {Dutch.Moment(clock.GetUtcNow().UtcDateTime)} door {user.DisplayName}");
        sheet.Cell(1, 1).Style.Font.SetBold();
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(3, c + 1).SetValue(Headers[c]);
            sheet.Cell(3, c + 1).Style.Font.SetBold();
            sheet.Column(c + 1).Width = c is 5 or 18 or 20 or 21 ? 50 : 20;
        }

        var row = 4;
        foreach (var b in breaches)
        {
            object?[] values =
            [
                b.Number, b.Status.CapitalisedLabel(), Dutch.Moment(b.AwareAtUtc), Dutch.Moment(b.DiscoveredAtUtc), b.ReportedByName,
                b.Summary ?? b.WhatHappened, b.Kinds == BreachKind.None ? "" : b.Kinds.Label(),
                b.DataCategories == BreachDataCategory.None ? "" : b.DataCategories.Label(), b.PersonsMin, b.PersonsMax, b.Protection.Label(),
                b.Score is { } s ? Dutch.Number(s, 2) : "", b.Band?.Label() ?? "", b.OverruleReason, Dutch.Moment(BreachClock.DeadlineUtc(b.AwareAtUtc)),
                Dutch.Moment(b.NotifiedAtUtc), b.ApReference, b.DelayReason, b.NotifyReasoning, b.MemberInformation?.Label() ?? "",
                b.MemberInformationReasoning,
                string.Join("; ", measures[b.Id].Select(m => $"{m.Description} ({m.Owner}, uiterlijk {Dutch.Date(m.DueOn)}{(m.DoneOn is { } d ? $", gereed {Dutch.Date(d)}" : "")})")),
                Dutch.Moment(b.ClosedAtUtc),
            ];
            for (var c = 0; c < values.Length; c++)
            {
                switch (values[c])
                {
                    case int n:
                        sheet.Cell(row, c + 1).SetValue(n);
                        break;
                    case string text:
                        sheet.Cell(row, c + 1).SetValue(text);
                        break;
                }
            }

            row++;
        }

        sheet.SheetView.FreezeRows(3);
        sheet.Range(3, 1, Math.Max(3, row - 1), Headers.Length).SetAutoFilter();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
