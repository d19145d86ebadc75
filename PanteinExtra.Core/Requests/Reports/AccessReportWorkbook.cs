using ClosedXML.Excel;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Requests.Reports;

/// <summary>The access report's data as an Excel workbook: one sheet of data rows, one of recipients, one of consultations.</summary>
public static class AccessReportWorkbook
{
    public static byte[] Write(AccessReport report)
    {
        using var workbook = new XLWorkbook();
        var data = workbook.AddWorksheet("Gegevens");
        Header(data, "Onderdeel", "Gegeven", "Waarde", "Doel", "Grondslag", "Bron", "Bewaartermijn");
        var row = 2;
        foreach (var section in report.Sections)
        {
            foreach (var item in section.Rows)
            {
                Text(data, row++, section.Title, item.Label, item.Value, section.Purpose, section.LegalBasis, section.Source, section.Retention);
            }
        }

        var recipients = workbook.AddWorksheet("Ontvangers");
        Header(recipients, "Ontvanger", "Wat", "Sinds");
        row = 2;
        foreach (var r in report.Recipients)
        {
            Text(recipients, row++, r.Name, r.SharedWhat, Dutch.Date(r.SharedOn));
        }

        var consultations = workbook.AddWorksheet("Inzage door medewerkers");
        Header(consultations, "Tijdstip", "Functie", "Handeling", "Doel");
        row = 2;
        foreach (var c in report.Consultations)
        {
            consultations.Cell(row, 1).SetValue(DutchTime.ToDutch(c.AtUtc));
            consultations.Cell(row, 1).Style.DateFormat.Format = "dd-mm-yyyy hh:mm";
            Text(consultations, row++, null, c.Role, c.What, c.Purpose ?? "");
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Header(IXLWorksheet sheet, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(titles[i]);
            sheet.Column(i + 1).Width = i == 2 ? 60 : 28;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, 1, titles.Length).SetAutoFilter();
    }

    /// <summary>Writes text cells (SetValue keeps "0123" as text); a null first value leaves column 1 as it is.</summary>
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
