using ClosedXML.Excel;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>
/// The access report as an Excel workbook, for a member who wants the data to work with: the data rows, the
/// processings with their processors and transfers, the recipients, the consultations (grouped as in the PDF) and the
/// rights. Every sheet prints on A4 landscape, fitted to the width, with its header row on every page.
/// </summary>
public static class AccessReportWorkbook
{
    public static byte[] Write(AccessReport report)
    {
        using var workbook = new XLWorkbook();
        var footer = $"Inzageoverzicht verzoek {report.RequestNumber}";
        Table(workbook, footer, "Gegevens", [("Onderdeel", 24), ("Gegeven", 20), ("Waarde", 40), ("Waarvoor", 36), ("Grondslag", 30), ("Bron", 26), ("Bewaartermijn", 30)],
            report.SectionsWithData.SelectMany(s => s.Rows.Select(r => (IReadOnlyList<string>)[s.Title, r.Label, r.Value, s.Purpose, s.LegalBasis, s.Source, s.Retention])));

        var labels = AccessReportLines.Of(new AccessReportProcessing("", "", "", "", "", "", "", [], "")).Select(l => (l.Label, 34.0));
        Table(workbook, footer, "Verwerkingen", [("Verwerking", 26), .. labels],
            report.Processing.Select(p => (IReadOnlyList<string>)[p.Name, .. AccessReportLines.Of(p).Select(l => l.Value)]));

        Table(workbook, footer, "Ontvangers", [("Ontvanger", 36), ("Wat", 60), ("Sinds", 14)],
            report.Recipients.Select(r => (IReadOnlyList<string>)[r.Name, r.SharedWhat, Dutch.Date(r.SharedOn)]));

        var consultations = Table(workbook, footer, "Inzage door medewerkers", [("Datum", 14), ("Functie", 26), ("Waarvoor", 40), ("Wat", 60), ("Aantal", 10)],
            report.Consultations.Select(c => (IReadOnlyList<string>)[Dutch.Date(c.Day), c.Role, c.Purpose, string.Join(", ", c.What), ""]));
        for (var i = 0; i < report.Consultations.Count; i++)
        {
            // A real date and number, so the member can sort and add up.
            var c = report.Consultations[i];
            consultations.Cell(i + 2, 1).SetValue(c.Day.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = "dd-mm-yyyy";
            consultations.Cell(i + 2, 5).SetValue(c.Count);
        }

        Table(workbook, footer, "Uw rechten", [("Recht", 34), ("Wat het betekent", 100)],
            [
                .. AccessReportText.Rights.Select(r => (IReadOnlyList<string>)[r.Right, r.Explanation]),
                [AccessReportText.AutomatedDecisionsHeading, AccessReportText.AutomatedDecisions],
                ["Contact", AccessReportText.Contact(report.Sender)],
            ]);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        WorkbookPrintLayout.MakePrintTitlesAbsolute(stream);
        return stream.ToArray();
    }

    /// <summary>A sheet of text cells (SetValue keeps "0123" as text) under a bold, frozen, filterable header; rows as tall as their wrapped text.</summary>
    private static IXLWorksheet Table(
        XLWorkbook workbook, string footer, string name, IReadOnlyList<(string Title, double Width)> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sheet = workbook.AddWorksheet(name);
        var widths = columns.Select(c => c.Width).ToArray();
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(columns[i].Title);
            sheet.Column(i + 1).Width = widths[i];
        }

        var row = 2;
        foreach (var values in rows)
        {
            for (var i = 0; i < values.Count; i++)
            {
                sheet.Cell(row, i + 1).SetValue(values[i]);
            }

            sheet.Row(row++).Height = WorkbookPrintLayout.RowHeight(values.ToArray(), widths);
        }

        var all = sheet.Range(1, 1, Math.Max(1, row - 1), columns.Count);
        all.Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, 1, columns.Count).SetAutoFilter();
        WorkbookPrintLayout.ApplyTable(sheet, columns.Count, Math.Max(1, row - 1), $"{footer}, {name.ToLower(Dutch.Culture)}");
        return sheet;
    }
}
