using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PanteinExtra.Core.Common.Documents;

/// <summary>
/// How a workbook prints (in Excel and LibreOffice), for the register and the access report: A4, the tables landscape and
/// fitted to the page width with the header row on every page, a cover on one page; a footer with the sheet's title and
/// "Pagina x van y".
/// Row heights are computed from the text and the column widths, because ClosedXML's AdjustToContents needs GDI+.
/// </summary>
public static partial class WorkbookPrintLayout
{
    /// <summary>Points per line of 11-point Calibri, the workbook's font, with the cell's padding.</summary>
    public const double LineHeight = 15;

    /// <summary>Excel's largest row height, in points.</summary>
    public const double MaxRowHeight = 409;

    /// <summary>
    /// Characters of text per line of a column, on the safe side: a width counts the digit '0' of the default font;
    /// bold text and the wider font LibreOffice substitutes for Calibri run wider, and the cell keeps a margin.
    /// </summary>
    public static int CharactersPerLine(double width) => Math.Max(1, (int)Math.Floor(width * 0.95) - 1);

    /// <summary>The lines a wrapped text takes in a column of the given width: each line break starts a line, and long lines wrap at word boundaries.</summary>
    public static int Lines(string? text, double width)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var perLine = CharactersPerLine(width);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += WrappedLines(paragraph.TrimEnd('\r'), perLine);
        }

        return Math.Max(1, lines);
    }

    /// <summary>The height of a row that holds these texts in columns of these widths: its tallest cell.</summary>
    public static double RowHeight(IReadOnlyList<string?> texts, IReadOnlyList<double> widths)
    {
        var lines = texts.Select((t, i) => Lines(t, widths[i])).DefaultIfEmpty(1).Max();
        return Math.Min(MaxRowHeight, lines * LineHeight);
    }

    /// <summary>A table sheet: A4 landscape, one page wide (as many pages tall as needed), the first row on every page.</summary>
    public static void ApplyTable(IXLWorksheet sheet, int columnCount, int lastRow, string title)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(1, 1);
        page.PrintAreas.Add(1, 1, lastRow, columnCount);
        page.Margins.SetLeft(0.5).SetRight(0.5).SetTop(0.6).SetBottom(0.6).SetHeader(0.3).SetFooter(0.3);
        Footer(page, title);
    }

    /// <summary>The cover: A4 portrait, on one page.</summary>
    public static void ApplyCover(IXLWorksheet sheet, int lastRow, string title)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Portrait;
        page.FitToPages(1, 1);
        page.PrintAreas.Add(1, 1, lastRow, 2);
        page.Margins.SetLeft(0.7).SetRight(0.7).SetTop(0.75).SetBottom(0.75);
        Footer(page, title);
    }

    /// <summary>
    /// ClosedXML writes the repeated rows as <c>Sheet!1:1</c>; Excel reads that, LibreOffice ignores it and prints the
    /// header on the first page only. This rewrites them in the absolute form both read (<c>Sheet!$1:$1</c>).
    /// </summary>
    public static void MakePrintTitlesAbsolute(Stream package)
    {
        package.Position = 0;
        using var document = SpreadsheetDocument.Open(package, true);
        var workbook = document.WorkbookPart!.Workbook;
        foreach (var name in workbook.DefinedNames?.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles") ?? [])
        {
            name.Text = RelativeRows().Replace(name.Text, "!$$$1:$$$2");
        }

        workbook.Save();
    }

    [GeneratedRegex(@"!\$?(\d+):\$?(\d+)$")]
    private static partial Regex RelativeRows();

    private static void Footer(IXLPageSetup page, string title)
    {
        page.Footer.Left.AddText(title, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText("Pagina ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(" van ", XLHFOccurrence.AllPages);
        page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    private static int WrappedLines(string paragraph, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = word.Length;
            var needed = used == 0 ? length : used + 1 + length;
            if (needed <= perLine)
            {
                used = needed;
                continue;
            }

            if (used > 0)
            {
                lines++;
            }

            // A word longer than the line breaks over as many lines as it needs.
            lines += (length - 1) / perLine;
            used = length % perLine == 0 ? perLine : length % perLine;
        }

        return lines;
    }
}
