using ClosedXML.Excel;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Core.Register;

public sealed record ExportActivity(Guid Id, int Version, ActivityContent Content);

public sealed record ExportProcessor(
    Guid Id,
    string Name,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone,
    string Country,
    string Services,
    AgreementView? CurrentAgreement,
    AgreementStatus Agreement,
    IReadOnlyList<string> ActivityNames);

public sealed record RegisterExportData(
    RegisterDetailsInput Details,
    DateTime ExportedAtUtc,
    string ExportedBy,
    IReadOnlyList<ExportActivity> Activities,
    IReadOnlyList<ExportProcessor> Processors);

/// <summary>
/// Writes the register workbook: a cover sheet, the register (one row per activity, one column per item) and the
/// processors with their agreement status. Text is written with SetValue so it stays text; widths are set by hand
/// (no AdjustToContents: it needs GDI+).
/// </summary>
public static class RegisterWorkbook
{
    public static void Write(RegisterExportData data, Stream output)
    {
        using var workbook = new XLWorkbook();
        WriteCover(workbook.Worksheets.Add(RegisterSheetLayout.CoverSheet), data);
        WriteRegister(workbook.Worksheets.Add(RegisterSheetLayout.RegisterSheet), data);
        WriteProcessors(workbook.Worksheets.Add(RegisterSheetLayout.ProcessorsSheet), data);
        workbook.SaveAs(output);
    }

    private static void WriteCover(IXLWorksheet sheet, RegisterExportData data)
    {
        var d = data.Details;
        sheet.Cell(1, 1).SetValue("Verwerkingsregister (art. 30 AVG)");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(16);
        (string Label, string? Value)[] rows =
        [
            ("Verwerkingsverantwoordelijke", d.ControllerName),
            ("Adres", d.ControllerAddress),
            ("E-mail", d.ControllerEmail),
            ("Telefoon", d.ControllerPhone),
            ("Functionaris Gegevensbescherming", d.OfficerName),
            ("E-mail FG", d.OfficerEmail),
            ("Telefoon FG", d.OfficerPhone),
            ("Exportdatum", Dutch.Moment(data.ExportedAtUtc) + " (Nederlandse tijd)"),
            ("Geëxporteerd door", data.ExportedBy),
            ("Aantal verwerkingen", Dutch.Number(data.Activities.Count)),
            ("Aantal verwerkers", Dutch.Number(data.Processors.Count)),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            sheet.Cell(i + 3, 1).SetValue(rows[i].Label);
            sheet.Cell(i + 3, 1).Style.Font.SetBold();
            sheet.Cell(i + 3, 2).SetValue(rows[i].Value ?? "");
        }

        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 60;
    }

    private static void WriteRegister(IXLWorksheet sheet, RegisterExportData data)
    {
        var columns = RegisterSheetLayout.Columns;
        var names = data.Processors.ToDictionary(p => p.Id, p => p.Name);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : id.ToString();

        WriteHeader(sheet, columns.Select(c => (c.Header, c.Width)).ToList());
        var row = 2;
        foreach (var activity in data.Activities)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = sheet.Cell(row, i + 1);
                var column = columns[i];
                switch (column.Kind)
                {
                    case RegisterColumnKind.Id:
                        cell.SetValue(activity.Id.ToString());
                        break;
                    case RegisterColumnKind.Version:
                        cell.SetValue(activity.Version);
                        break;
                    case RegisterColumnKind.SpecialData:
                        cell.SetValue(RegisterText.YesNo(activity.Content.HasSpecialCategoryData));
                        break;
                    case RegisterColumnKind.MissingItems:
                        SetText(cell, RegisterFields.Join(ActivityRules.MissingItems(activity.Content).Select(f => f.CapitalisedLabel())));
                        break;
                    case RegisterColumnKind.Item when column.IsDate:
                        SetDate(cell, DateOf(column.Field!.Value, activity.Content));
                        break;
                    case RegisterColumnKind.Item:
                        SetText(cell, RegisterFields.Display(column.Field!.Value, activity.Content, Name));
                        break;
                }
            }

            row++;
        }

        FinishTable(sheet, columns.Count, row - 1);
    }

    private static void WriteProcessors(IXLWorksheet sheet, RegisterExportData data)
    {
        var columns = RegisterSheetLayout.ProcessorColumns;
        WriteHeader(sheet, columns);
        var row = 2;
        foreach (var p in data.Processors)
        {
            SetText(sheet.Cell(row, 1), p.Name);
            SetText(sheet.Cell(row, 2), p.ContactName);
            SetText(sheet.Cell(row, 3), p.ContactEmail);
            SetText(sheet.Cell(row, 4), p.ContactPhone);
            SetText(sheet.Cell(row, 5), p.Country);
            SetText(sheet.Cell(row, 6), p.Services);
            SetDate(sheet.Cell(row, 7), p.CurrentAgreement?.SignedOn);
            SetDate(sheet.Cell(row, 8), p.CurrentAgreement?.ExpiresOn);
            SetText(sheet.Cell(row, 9), p.CurrentAgreement?.DocumentReference);
            SetText(sheet.Cell(row, 10), p.CurrentAgreement?.Scope);
            SetText(sheet.Cell(row, 11), p.Agreement.Text);
            SetText(sheet.Cell(row, 12), RegisterFields.Join(p.ActivityNames));
            row++;
        }

        FinishTable(sheet, columns.Count, row - 1);
    }

    private static void WriteHeader(IXLWorksheet sheet, IReadOnlyList<(string Header, double Width)> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            cell.SetValue(columns[i].Header);
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.SetBold();
        header.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"));
        header.Style.Alignment.SetWrapText();
        header.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
    }

    private static void FinishTable(IXLWorksheet sheet, int columnCount, int lastRow)
    {
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, lastRow), columnCount).SetAutoFilter();
        if (lastRow >= 2)
        {
            var body = sheet.Range(2, 1, lastRow, columnCount);
            body.Style.Alignment.SetWrapText();
            body.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        }
    }

    private static void SetText(IXLCell cell, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            cell.SetValue(text);
            cell.DataType = XLDataType.Text;
        }
    }

    private static void SetDate(IXLCell cell, DateOnly? date)
    {
        if (date is { } d)
        {
            cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
            cell.Style.NumberFormat.Format = RegisterSheetLayout.DateFormat;
        }
    }

    private static DateOnly? DateOf(RegisterField field, ActivityContent c) => field switch
    {
        RegisterField.DpiaCompletedOn => c.DpiaCompletedOn,
        RegisterField.LastReviewedOn => c.LastReviewedOn,
        RegisterField.NextReviewOn => c.NextReviewOn,
        _ => null,
    };
}
