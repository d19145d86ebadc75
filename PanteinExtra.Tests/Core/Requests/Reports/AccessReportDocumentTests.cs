using ClosedXML.Excel;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;
using PanteinExtra.Core.Requests.Reports;
using UglyToad.PdfPig;

namespace PanteinExtra.Tests.Core.Requests.Reports;

/// <summary>The access report as the member receives it: an A4 PDF and an xlsx, complete under Art. 15 and all in Dutch.</summary>
public sealed class AccessReportDocumentTests : AccessReportTestSetup
{
    private static string[] Pages(byte[] pdf, out (double Width, double Height) size)
    {
        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        size = (first.Width, first.Height);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
    }

    private async Task ConsultAsync(int purposes)
    {
        User.As(Roles.CallCentre, "Sanne de Jong");
        for (var i = 0; i < purposes; i++)
        {
            await using var scope = Scope();
            await Get<IAuditLog>(scope).RecordAsync(new AuditRecord("Household:View", AuditAction.View)
            {
                SubjectHouseholdId = Home.Household.Id,
                PurposeOfUse = $"gesprek {i + 1}",
            });
        }
    }

    [Fact]
    public async Task Pdf_IsA4WithLetterhead_AndAnswersEveryPartOfArticle15_InDutch()
    {
        await GiveNewsletterConsentAsync();
        var report = await ReportAsync();

        var pages = Pages(AccessReportPdf.Render(report), out var size);
        var text = string.Join(" ", pages);

        Assert.Equal(595, size.Width, 0);
        Assert.Equal(842, size.Height, 0);
        Assert.Contains(report.Sender.Organisation, pages[0]);
        Assert.Contains("Wilhelmina van Jansen", pages[0]);
        Assert.Contains($"Pagina 1 van {pages.Length}", pages[0]);
        foreach (var part in new[]
        {
            "Waarvoor:", "Grondslag:", "Bron:", "Bewaartermijn:", "Ontvangers", "Verwerkers", UsProcessor, "Verenigde Staten",
            "Standaardcontractbepalingen", "Correctie", "Verwijdering", "Beperking", "Bezwaar", "Overdraagbaarheid",
            "intrekken (artikel 7,", "Autoriteit Persoonsgegevens", "Geautomatiseerde besluiten", "Ledenblad",
        })
        {
            Assert.Contains(part, text);
        }

        foreach (var english in new[] { "MemberPass", "Phone", "Household", "View", "Create", "Consent" })
        {
            Assert.DoesNotContain(english, text);
        }
    }

    [Fact]
    public async Task Pdf_WithManyConsultations_BreaksTheTableOverPages_RepeatingItsHeader()
    {
        await ConsultAsync(purposes: 90);
        var report = await ReportAsync();

        var pages = Pages(AccessReportPdf.Render(report), out _);

        Assert.Equal(90, report.Consultations.Count(c => c.Purpose.StartsWith("gesprek ", StringComparison.Ordinal)));
        var withConsultations = pages.Where(p => p.Contains("gesprek ", StringComparison.Ordinal)).ToList();
        Assert.True(withConsultations.Count >= 2, $"{withConsultations.Count} pagina's met inzage");
        Assert.All(withConsultations, p => Assert.Contains("Datum Functie Waarvoor Wat Aantal", p));
        Assert.Contains("gesprek 90", pages[^1]);
        Assert.All(pages.Select((p, i) => (p, i)), x => Assert.Contains($"Pagina {x.i + 1} van {pages.Length}", x.p));
    }

    [Fact]
    public async Task Workbook_HasTheDataProcessingsRecipientsConsultationsAndRights_AsTheirOwnSheets()
    {
        await GiveNewsletterConsentAsync();
        await ConsultAsync(purposes: 2);
        var report = await ReportAsync();

        using var workbook = new XLWorkbook(new MemoryStream(AccessReportWorkbook.Write(report)));

        Assert.Equal(["Gegevens", "Verwerkingen", "Ontvangers", "Inzage door medewerkers", "Uw rechten"], workbook.Worksheets.Select(w => w.Name));
        var processing = workbook.Worksheet("Verwerkingen");
        Assert.Equal("Verwerkers", processing.Cell(1, 7).GetString());
        Assert.Contains(processing.RowsUsed(), r => r.Cell(1).GetString() == Newsletter && r.Cell(7).GetString().StartsWith($"{UsProcessor} (Verenigde Staten)", StringComparison.Ordinal));
        var consultations = workbook.Worksheet("Inzage door medewerkers").RowsUsed().Skip(1).ToList();
        Assert.Contains(consultations, r => r.Cell(3).GetString() == "gesprek 2" && r.Cell(5).GetValue<int>() == 1);
        Assert.Equal(DutchTime.Today(Clock), DateOnly.FromDateTime(consultations[0].Cell(1).GetDateTime()));
        var rights = workbook.Worksheet("Uw rechten").RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(AccessReportText.Rights.Count + 2, rights.Count);
        Assert.Contains("Geautomatiseerde besluiten", rights);
    }

    [Fact]
    public async Task Workbook_PrintsOnA4Landscape_FittedToTheWidth_WithRowsTallEnoughForTheirWrappedText()
    {
        var report = await ReportAsync();

        using var workbook = new XLWorkbook(new MemoryStream(AccessReportWorkbook.Write(report)));

        Assert.All(workbook.Worksheets, sheet =>
        {
            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
        });
        var rights = workbook.Worksheet("Uw rechten");
        Assert.True(rights.Cell(2, 2).Style.Alignment.WrapText);
        Assert.True(rights.Row(2).Height >= 2 * WorkbookPrintLayout.LineHeight, $"rij 2 is {rights.Row(2).Height} punten hoog");
    }
}
