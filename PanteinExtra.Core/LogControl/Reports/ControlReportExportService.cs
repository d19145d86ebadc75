using ClosedXML.Excel;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.LogControl;

/// <summary>
/// The monthly control report as an Excel workbook, draft or signed off: a summary sheet (figures, draw, sign-off),
/// the findings with their reviews and the sample with the FG's checks. Dutch sheet names, headers and dates.
/// </summary>
public sealed class ControlReportExportService(ControlReportService reports, ICurrentUser user, TimeProvider clock)
{
    public const string SummarySheet = "Samenvatting";
    public const string FindingsSheet = "Bevindingen";
    public const string SampleSheet = "Steekproef";

    public static readonly string[] FindingHeaders =
    [
        "Datum", "Regel", "Medewerker", "Wat de regel zag", "Huishoudens", "Beoordeling", "Escalatie", "Leidinggevende", "Datalek",
        "Toelichting", "Beoordeeld door", "Beoordeeld op",
    ];

    public static readonly string[] SampleHeaders =
    [
        "Nr.", "Gebeurtenis in het log", "Tijdstip", "Medewerker", "Rol", "Gebeurtenis", "Doel", "Uitkomst", "Lidnummer", "Oordeel",
        "Opmerking", "Gecontroleerd door", "Gecontroleerd op",
    ];

    public async Task<byte[]> ExportAsync(ReportMonth month, CancellationToken ct = default)
    {
        var view = await reports.ForExportAsync(month, ct);
        using var workbook = new XLWorkbook();
        Summary(workbook.Worksheets.Add(SummarySheet), view);
        Table(workbook.Worksheets.Add(FindingsSheet), FindingHeaders, view.Findings.Select(f => new object?[]
        {
            Dutch.Date(f.Day), f.Rule.CapitalisedLabel(), f.UserName, f.Summary, f.Households, f.Status.CapitalisedLabel(),
            f.Escalation.CapitalisedLabel(), f.ManagerName, f.BreachNumber is { } n ? $"#{n}" : null, f.ReviewNote, f.ReviewedBy, Dutch.Moment(f.ReviewedAtUtc),
        }));
        Table(workbook.Worksheets.Add(SampleSheet), SampleHeaders, view.Sample.Select(s => new object?[]
        {
            s.Ordinal, s.Sequence, Dutch.PreciseMoment(s.AtUtc), s.UserName, Roles.DutchName(s.UserRole), s.EventName, s.PurposeOfUse,
            s.Outcome.CapitalisedLabel(), s.MemberNumber ?? "(niet meer aanwezig)", s.Verdict.CapitalisedLabel(), s.Note, s.CheckedBy, Dutch.Moment(s.CheckedAtUtc),
        }));
        foreach (var sheet in workbook.Worksheets)
        {
            // The auditor prints it: A4 landscape, every column on the page's width.
            sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
            sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            sheet.PageSetup.FitToPages(1, 0);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private void Summary(IXLWorksheet sheet, ControlReportView view)
    {
        var r = view.Report;
        var f = view.Figures;
        (string Label, object? Value)[] rows =
        [
            ("Maandrapport logcontrole", view.Month.Label),
            ("Status", r is null ? "Nog niet begonnen" : r.Status.CapitalisedLabel()),
            ("Begonnen", r is null ? null : $"{Dutch.Moment(r.StartedAtUtc)} door {r.StartedBy}"),
            ("Controleruns in de maand", f.Runs),
            ("Dagen gecontroleerd", f.DaysControlled),
            ("Bevindingen", f.Findings),
            ("Verklaard", f.Explained),
            ("Niet gerechtvaardigd: naar de leidinggevende", f.ToManager),
            ("Niet gerechtvaardigd: datalek", f.ToBreach),
            ("Nog niet beoordeeld", f.Open),
            ("Steekproef: gevraagd aantal", r?.SampleSize),
            ("Steekproef: getrokken uit (inzages)", r?.Population),
            ("Steekproef: zaadwaarde", r?.Seed?.ToString(Dutch.Culture)),
            ("Steekproef: getrokken op", Dutch.Moment(r?.DrawnAtUtc)),
            ("Steekproef: vragen aan medewerkers", f.SampleQuestions),
            ("Afgetekend door", r?.SignedOffBy),
            ("Afgetekend op", Dutch.Moment(r?.SignedOffAtUtc)),
            ("Conclusie", r?.Conclusion),
            ("Nog te doen voor aftekenen", string.Join(" ", view.MissingForSignOff)),
            ("Geëxporteerd", $"{Dutch.Moment(clock.GetUtcNow().UtcDateTime)} door {user.DisplayName}"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            sheet.Cell(i + 1, 1).SetValue(rows[i].Label);
            sheet.Cell(i + 1, 1).Style.Font.SetBold();
            Set(sheet.Cell(i + 1, 2), rows[i].Value);
        }

        sheet.Column(1).Width = 45;
        sheet.Column(2).Width = 80;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        sheet.Rows().Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    private static void Table(IXLWorksheet sheet, string[] headers, IEnumerable<object?[]> rows)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Cell(1, c + 1).Style.Font.SetBold();
            sheet.Column(c + 1).Width = 20;
        }

        var row = 2;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                Set(sheet.Cell(row, c + 1), values[c]);
            }

            row++;
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, row - 1), headers.Length).SetAutoFilter();
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case int n:
                cell.SetValue(n);
                break;
            case long n:
                cell.SetValue(n);
                break;
            case string text:
                cell.SetValue(text);
                break;
        }
    }
}
