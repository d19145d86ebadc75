using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PanteinExtra.Core.Common.Documents;

/// <summary>
/// A small A4 portrait document: the letterhead on the first page, headings, paragraphs broken into lines and pages,
/// simple tables (cells wrap, the header row repeats on a new page) and "Pagina X van Y" at the foot of every page.
/// Write top to bottom, then <see cref="ToPdf"/>.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    private const double Margin = 56.7; // 2 cm
    private const double FooterSpace = 28;
    private const double BodySize = 10.5;
    private const double Leading = 1.3;
    private const double CellPadding = 3;

    private readonly PdfDocument _document = new();
    private readonly XFont _body = new(EmbeddedFonts.Family, BodySize);
    private readonly XFont _bold = new(EmbeddedFonts.Family, BodySize, XFontStyleEx.Bold);
    private readonly XFont _small = new(EmbeddedFonts.Family, 8.5);
    private XGraphics? _page;
    private double _y;

    static PdfLayout() => EmbeddedFonts.EnsureRegistered();

    public PdfLayout(string title, Letterhead letterhead)
    {
        _document.Info.Title = title;
        _document.Info.Author = letterhead.Organisation;
        NewPage();
        var head = new XFont(EmbeddedFonts.Family, 14, XFontStyleEx.Bold);
        Write(letterhead.Organisation, head, Width);
        foreach (var line in letterhead.Lines)
        {
            Write(line, _small, Width);
        }

        _y += 4;
        _page!.DrawLine(new XPen(XColors.Gray, 0.6), Margin, _y, Margin + Width, _y);
        _y += 18;
    }

    private double Width => _document.Pages[0].Width.Point - 2 * Margin;

    private double Bottom => _document.Pages[0].Height.Point - Margin - FooterSpace;

    public PdfLayout Heading(string text)
    {
        var font = new XFont(EmbeddedFonts.Family, 12.5, XFontStyleEx.Bold);
        // A heading never stands alone at the foot of a page.
        if (_y + 3 * LineHeight(font) > Bottom)
        {
            NewPage();
        }
        else
        {
            _y += 6;
        }

        Write(text, font, Width);
        _y += 2;
        return this;
    }

    /// <summary>Text as given: each line break kept, long lines broken between words, pages added as needed.</summary>
    public PdfLayout Paragraph(string text, bool strong = false)
    {
        Write(text, strong ? _bold : _body, Width);
        _y += BodySize * 0.6;
        return this;
    }

    /// <summary>A table over the full width; <paramref name="widths"/> are relative column widths.</summary>
    public PdfLayout Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> widths)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        if (_y + 3 * LineHeight(_body) > Bottom)
        {
            NewPage();
        }

        Row(headers, columns, _bold, XBrushes.WhiteSmoke);
        foreach (var row in rows)
        {
            var height = RowHeight(row, columns, _body);
            if (_y + height > Bottom)
            {
                NewPage();
                Row(headers, columns, _bold, XBrushes.WhiteSmoke);
            }

            Row(row, columns, _body, null);
        }

        _y += BodySize;
        return this;
    }

    public byte[] ToPdf()
    {
        _page?.Dispose();
        _page = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var p = _document.Pages[i];
            using var g = XGraphics.FromPdfPage(p, XGraphicsPdfPageOptions.Append);
            var footer = $"Pagina {i + 1} van {count}";
            var size = g.MeasureString(footer, _small);
            g.DrawString(footer, _small, XBrushes.DimGray, (p.Width.Point - size.Width) / 2, p.Height.Point - Margin, XStringFormats.TopLeft);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _page?.Dispose();
        _document.Dispose();
    }

    private void NewPage()
    {
        _page?.Dispose();
        var p = _document.AddPage();
        p.Size = PageSize.A4;
        p.Orientation = PageOrientation.Portrait;
        _page = XGraphics.FromPdfPage(p);
        _y = Margin;
    }

    private static double LineHeight(XFont font) => font.Size * Leading;

    private void Write(string text, XFont font, double width)
    {
        foreach (var line in Wrap(text, font, width))
        {
            if (_y + LineHeight(font) > Bottom)
            {
                NewPage();
            }

            _page!.DrawString(line, font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
    }

    private void Row(IReadOnlyList<string> cells, double[] columns, XFont font, XBrush? fill)
    {
        var height = RowHeight(cells, columns, font);
        var x = Margin;
        var pen = new XPen(XColors.Gray, 0.5);
        for (var c = 0; c < columns.Length; c++)
        {
            if (fill is not null)
            {
                _page!.DrawRectangle(fill, x, _y, columns[c], height);
            }

            _page!.DrawRectangle(pen, x, _y, columns[c], height);
            var lineY = _y + CellPadding;
            foreach (var line in Wrap(c < cells.Count ? cells[c] : "", font, columns[c] - 2 * CellPadding))
            {
                _page.DrawString(line, font, XBrushes.Black, x + CellPadding, lineY, XStringFormats.TopLeft);
                lineY += LineHeight(font);
            }

            x += columns[c];
        }

        _y += height;
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] columns, XFont font) =>
        columns.Select((w, c) => Wrap(c < cells.Count ? cells[c] : "", font, w - 2 * CellPadding).Count).Max() * LineHeight(font)
        + 2 * CellPadding;

    /// <summary>Breaks text into lines that fit: at its own line breaks, between words, and inside a word too long for a line.</summary>
    internal List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (Measure(candidate, font) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (Measure(current, font) > width && current.Length > 1)
                {
                    var fit = current.Length - 1;
                    while (fit > 1 && Measure(current[..fit], font) > width)
                    {
                        fit--;
                    }

                    lines.Add(current[..fit]);
                    current = current[fit..];
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    private double Measure(string text, XFont font) => _page!.MeasureString(text, font).Width;
}
