using ClosedXML.Excel;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>
/// The access report as an Excel workbook, for a member who wants the data to work with: the data rows, the
/// processings with their processors and transfers, the recipients, the consultations (grouped as in the PDF) and the rights.
/// </summary>
public static class AccessReportWorkbook
{
    public static byte[] Write(AccessReport report)
    {
        using var workbook = new XLWorkbook();
        var data = workbook.AddWorksheet("Gegevens");
        Header(data, [("Onderdeel", 28), ("Gegeven", 24), ("Waarde", 50), ("Waarvoor", 40), ("Grondslag", 36), ("Bron", 30), ("Bewaartermijn", 36)]);
        var row = 2;
        foreach (var section in report.Sections)
        {
            foreach (var item in section.Rows)
            {
                Text(data, row++, section.Title, item.Label, item.Value, section.Purpose, section.LegalBasis, section.Source, section.Retention);
            }
        }

        var processing = workbook.AddWorksheet("Verwerkingen");
        var first = report.Processing.Count == 0 ? [] : AccessReportLines.Of(report.Processing[0]);
        Header(processing, [("Verwerking", 30), .. first.Select(l => (l.Label, 40.0))]);
        row = 2;
        foreach (var p in report.Processing)
        {
            Text(processing, row++, [p.Name, .. AccessReportLines.Of(p).Select(l => l.Value)]);
        }

        var recipients = workbook.AddWorksheet("Ontvangers");
        Header(recipients, [("Ontvanger", 36), ("Wat", 50), ("Sinds", 14)]);
        row = 2;
        foreach (var r in report.Recipients)
        {
            Text(recipients, row++, r.Name, r.SharedWhat, Dutch.Date(r.SharedOn));
        }

        var consultations = workbook.AddWorksheet("Inzage door medewerkers");
        Header(consultations, [("Datum", 14), ("Functie", 24), ("Waarvoor", 40), ("Wat", 60), ("Aantal", 10)]);
        row = 2;
        foreach (var c in report.Consultations)
        {
            consultations.Cell(row, 1).SetValue(c.Day.ToDateTime(TimeOnly.MinValue));
            consultations.Cell(row, 1).Style.DateFormat.Format = "dd-mm-yyyy";
            Text(consultations, row, null, c.Role, c.Purpose, string.Join(", ", c.What));
            consultations.Cell(row++, 5).SetValue(c.Count);
        }

        var rights = workbook.AddWorksheet("Uw rechten");
        Header(rights, [("Recht", 36), ("Wat het betekent", 100)]);
        row = 2;
        foreach (var (right, explanation) in AccessReportText.Rights)
        {
            Text(rights, row++, right, explanation);
        }

        Text(rights, row++, "Geautomatiseerde besluiten", AccessReportText.AutomatedDecisions);
        Text(rights, row, "Contact", AccessReportText.Contact(report.Sender));

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Header(IXLWorksheet sheet, IReadOnlyList<(string Title, double Width)> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(columns[i].Title);
            sheet.Column(i + 1).Width = columns[i].Width;
            sheet.Column(i + 1).Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        if (columns.Count > 0)
        {
            sheet.Range(1, 1, 1, columns.Count).SetAutoFilter();
        }
    }

    /// <summary>Writes text cells (SetValue keeps "0123" as text); a null value leaves its column as it is.</summary>
    private static void Text(IXLWorksheet sheet, int row, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                sheet.Cell(row, i + 1).SetValue(value);
            }
        }
    }
}
