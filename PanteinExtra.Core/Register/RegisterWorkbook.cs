using ClosedXML.Excel;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;

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
/// processors with their agreement status. Text is written with SetValue so it stays text; widths are set by hand and
/// row heights computed from the text (no AdjustToContents: it needs GDI+). Every sheet prints on A4 (see
/// <see cref="WorkbookPrintLayout"/>): the tables landscape, one page wide, header row on every page; the cover on one page.
/// </summary>
public static class RegisterWorkbook
{
    private const double CoverLabelWidth = 44;
    private const double CoverValueWidth = 70;
    private const double PrintLabelWidth = 40;
    private const double PrintValueWidth = 100;

    public static void Write(RegisterExportData data, Stream output)
    {
        using var workbook = new XLWorkbook();
        WriteCover(workbook.Worksheets.Add(RegisterSheetLayout.CoverSheet), data);
        WritePrint(workbook.Worksheets.Add(RegisterSheetLayout.PrintSheet), data);
        WriteRegister(workbook.Worksheets.Add(RegisterSheetLayout.RegisterSheet), data);
        WriteProcessors(workbook.Worksheets.Add(RegisterSheetLayout.ProcessorsSheet), data);
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        WorkbookPrintLayout.MakePrintTitlesAbsolute(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
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
            ("Gezamenlijke verwerkingsverantwoordelijken", d.JointControllers ?? NotFilledIn),
            ("Vertegenwoordiger", d.Representative ?? NotFilledIn),
            ("Functionaris Gegevensbescherming", d.OfficerName),
            ("E-mail FG", d.OfficerEmail),
            ("Telefoon FG", d.OfficerPhone),
            ("Exportdatum", Dutch.Moment(data.ExportedAtUtc) + " (Nederlandse tijd)"),
            ("Geëxporteerd door", data.ExportedBy),
            ("Aantal verwerkingen", Dutch.Number(data.Activities.Count)),
            ("Aantal verwerkers", Dutch.Number(data.Processors.Count)),
        ];
        double[] widths = [CoverLabelWidth, CoverValueWidth];
        sheet.Column(1).Width = widths[0];
        sheet.Column(2).Width = widths[1];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = i + 3;
            sheet.Cell(row, 1).SetValue(rows[i].Label);
            sheet.Cell(row, 1).Style.Font.SetBold();
            sheet.Cell(row, 2).SetValue(rows[i].Value ?? "");
            sheet.Range(row, 1, row, 2).Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            sheet.Row(row).Height = WorkbookPrintLayout.RowHeight([rows[i].Label, rows[i].Value], widths);
        }

        WorkbookPrintLayout.ApplyCover(sheet, rows.Length + 2, "Verwerkingsregister, voorblad");
    }

    /// <summary>What the cover says of an Art. 30(1)(a) party that has not been filled in (not even as "geen").</summary>
    public const string NotFilledIn = "Niet ingevuld";

    /// <summary>
    /// The register as it reads on paper: the table has a column per item and fits a page only at a size no one can read,
    /// so this sheet gives every activity its own block (item and content side by side), each on a new page.
    /// </summary>
    private static void WritePrint(IXLWorksheet sheet, RegisterExportData data)
    {
        double[] widths = [PrintLabelWidth, PrintValueWidth];
        WriteHeader(sheet, [("Onderdeel", widths[0]), ("Inhoud", widths[1])]);
        sheet.Row(1).Height = WorkbookPrintLayout.LineHeight;
        var names = data.Processors.ToDictionary(p => p.Id, p => p.Name);
        string Name(Guid id) => names.TryGetValue(id, out var n) ? n : id.ToString();

        var row = 2;
        foreach (var activity in data.Activities)
        {
            if (row > 2)
            {
                sheet.PageSetup.AddHorizontalPageBreak(row - 1);
            }

            var c = activity.Content;
            var title = sheet.Range(row, 1, row, 2).Merge();
            title.FirstCell().SetValue($"{c.Name} (versie {activity.Version})");
            title.Style.Font.SetBold().Font.SetFontSize(13).Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"));
            sheet.Row(row).Height = WorkbookPrintLayout.RowHeight([c.Name + " (versie 1000)"], [widths[0] + widths[1]]) * 13 / 11;
            row++;

            var missing = ActivityRules.MissingItems(c);
            var lines = new List<(string Label, string Value)>();
            foreach (var field in RegisterFields.All.Where(f => f is not RegisterField.Name and not RegisterField.RetentionPolicyId))
            {
                var value = RegisterFields.Display(field, c, Name);
                lines.Add((field.CapitalisedLabel(), value.Length > 0 ? value : missing.Contains(field) ? "Ontbreekt" : "-"));
                if (field == RegisterField.PersonalDataCategories)
                {
                    lines.Add((RegisterColumnKind.SpecialData.CapitalisedLabel(), RegisterText.YesNo(c.HasSpecialCategoryData)));
                }

                if (field == RegisterField.DpiaCompletedOn)
                {
                    lines.Add((RegisterColumnKind.DpiaState.CapitalisedLabel(), RegisterText.Dpia(c)));
                }
            }

            lines.Add((RegisterColumnKind.MissingItems.CapitalisedLabel(),
                missing.Count == 0 ? "Geen" : RegisterFields.Join(missing.Select(f => f.CapitalisedLabel()))));
            foreach (var (label, value) in lines)
            {
                sheet.Cell(row, 1).SetValue(label);
                sheet.Cell(row, 1).Style.Font.SetBold();
                SetText(sheet.Cell(row, 2), value);
                sheet.Range(row, 1, row, 2).Style.Alignment.SetWrapText().Alignment.SetVertical(XLAlignmentVerticalValues.Top);
                sheet.Row(row).Height = WorkbookPrintLayout.RowHeight([label, value], widths);
                row++;
            }
        }

        sheet.SheetView.FreezeRows(1);
        WorkbookPrintLayout.ApplyTable(sheet, 2, Math.Max(1, row - 1), "Verwerkingsregister, per verwerking");
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
                    case RegisterColumnKind.DpiaState:
                        SetText(cell, RegisterText.Dpia(activity.Content));
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

        FinishTable(sheet, columns.Select(c => c.Width).ToList(), row - 1, "Verwerkingsregister");
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

        FinishTable(sheet, columns.Select(c => c.Width).ToList(), row - 1, "Verwerkers");
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

    private static void FinishTable(IXLWorksheet sheet, IReadOnlyList<double> widths, int lastRow, string title)
    {
        var columnCount = widths.Count;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, lastRow), columnCount).SetAutoFilter();
        if (lastRow >= 2)
        {
            var body = sheet.Range(2, 1, lastRow, columnCount);
            body.Style.Alignment.SetWrapText();
            body.Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        }

        for (var row = 1; row <= lastRow; row++)
        {
            var texts = Enumerable.Range(1, columnCount).Select(c => sheet.Cell(row, c).GetFormattedString()).ToList();
            sheet.Row(row).Height = WorkbookPrintLayout.RowHeight(texts, widths);
        }

        WorkbookPrintLayout.ApplyTable(sheet, columnCount, Math.Max(1, lastRow), title);
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
