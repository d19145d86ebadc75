using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;

namespace PanteinExtra.Core.Requests;

/// <summary>A request letter as the member receives it: A4, the letterhead, then the text exactly as it was sent (addressee, date, subject and signature are in it).</summary>
public static class LetterPdf
{
    public static byte[] Render(RequestLetter letter, Letterhead letterhead)
    {
        using var pdf = new PdfLayout($"{Labels.CapitalisedLabel(letter.Kind)} - {Dutch.Date(letter.SentOn)}", letterhead);
        pdf.Paragraph(letter.Text);
        return pdf.ToPdf();
    }

    public static string FileName(RequestLetter letter) =>
        $"brief-{letter.SentOn:yyyy-MM-dd}-{letter.Id.ToString()[..8]}.pdf";
}
