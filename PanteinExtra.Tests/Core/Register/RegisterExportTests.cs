using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Common.Documents;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

public sealed class RegisterExportTests : CoreTestHost
{
    private Guid _activityId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        User.As(Roles.PrivacyOfficer, "Mohammed el Amrani");
        await using var scope = Scope();
        var register = Get<RegisterService>(scope);
        await Get<RegisterDetailsService>(scope).UpdateDetailsAsync(
            new RegisterDetailsInput
            {
                ControllerName = "Pantein Extra",
                ControllerAddress = "Postbus 50, 5830 AB Boxmeer",
                JointControllers = "geen",
                OfficerName = "FG Pantein",
                OfficerEmail = "fg@example.nl",
                OfficerPhone = "0485 012345",
            },
            Guid.Empty);
        var processors = Get<ProcessorService>(scope);
        var printer = (await processors.SaveAsync(null, new ProcessorInput { Name = "Drukkerij", Country = "Nederland", Services = "Druk", ContactPhone = "0031 485" }, Guid.Empty)).Value;
        await processors.AddAgreementAsync(printer, new AgreementInput
        {
            SignedOn = new DateOnly(2025, 1, 1),
            ExpiresOn = new DateOnly(2026, 4, 1),
            DocumentReference = "VO-007",
            Scope = "Druk en verzending",
        });
        await processors.SaveAsync(null, new ProcessorInput { Name = "Panelbureau", Country = "Nederland", Services = "Panel" }, Guid.Empty);
        _activityId = (await register.CreateAsync(RegisterTestData.Complete("Magazine", printer) with
        {
            Purposes = ["Magazine versturen", "Ledenpas versturen"],
            Source = "0123 formulier",
            PersonalDataCategories = [new("Naam", false), new("Gezondheid", true)],
            SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
        })).Value!.Id;
        await register.CreateAsync(new ActivityContent { Name = "Ledenpanel", Status = ActivityStatus.Draft });
    }

    private async Task<XLWorkbook> ExportAsync()
    {
        await using var scope = Scope();
        var stream = new MemoryStream();
        await Get<RegisterExportService>(scope).ExportAsync(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private static int Col(string header) => RegisterSheetLayout.Columns.ToList().FindIndex(c => c.Header == header) + 1;

    [Fact]
    public async Task Export_CoverSheet_NamesControllerFgAndTheExportDateInDutchTime()
    {
        using var workbook = await ExportAsync();

        var cover = workbook.Worksheet(RegisterSheetLayout.CoverSheet);
        Assert.Equal("Verwerkingsregister (art. 30 AVG)", cover.Cell("A1").GetString());
        Assert.Equal(("Verwerkingsverantwoordelijke", "Pantein Extra"), (cover.Cell("A3").GetString(), cover.Cell("B3").GetString()));
        Assert.Equal("Postbus 50, 5830 AB Boxmeer", cover.Cell("B4").GetString());
        Assert.Equal(("Gezamenlijke verwerkingsverantwoordelijken", "geen"), (cover.Cell("A7").GetString(), cover.Cell("B7").GetString()));
        Assert.Equal(("Vertegenwoordiger", "Niet ingevuld"), (cover.Cell("A8").GetString(), cover.Cell("B8").GetString()));
        Assert.Equal(("Functionaris Gegevensbescherming", "FG Pantein"), (cover.Cell("A9").GetString(), cover.Cell("B9").GetString()));
        Assert.Equal("0485 012345", cover.Cell("B11").GetString());
        Assert.Equal(XLDataType.Text, cover.Cell("B11").DataType);
        // The clock stands at 09:30 UTC on 2 March 2026: 10:30 in Amsterdam (CET).
        Assert.Equal("02-03-2026 10:30 (Nederlandse tijd)", cover.Cell("B12").GetString());
        Assert.Equal("Mohammed el Amrani", cover.Cell("B13").GetString());
    }

    [Fact]
    public async Task Export_CoverSheet_NamesJointControllersAndTheRepresentative_AsSaved()
    {
        await using (var scope = Scope())
        {
            var details = Get<RegisterDetailsService>(scope);
            var view = await details.GetDetailsAsync();
            var input = view.Details with
            {
                JointControllers = "Stichting Pantein, Postbus 3, 5830 AA Boxmeer, privacy@pantein.nl",
                Representative = "geen",
            };
            Assert.True((await details.UpdateDetailsAsync(input, view.ConcurrencyStamp)).Succeeded);
        }

        using var workbook = await ExportAsync();

        var cover = workbook.Worksheet(RegisterSheetLayout.CoverSheet);
        Assert.Equal("Stichting Pantein, Postbus 3, 5830 AA Boxmeer, privacy@pantein.nl", cover.Cell("B7").GetString());
        Assert.Equal("geen", cover.Cell("B8").GetString());
    }

    [Fact]
    public async Task Export_PrintSettings_ReadBackFromTheSavedWorkbook_A4LandscapeOnePageWideHeaderOnEveryPage_CoverOnOnePage()
    {
        using var workbook = await ExportAsync();

        foreach (var name in new[] { RegisterSheetLayout.PrintSheet, RegisterSheetLayout.RegisterSheet, RegisterSheetLayout.ProcessorsSheet })
        {
            var page = workbook.Worksheet(name).PageSetup;
            Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
            Assert.Equal(XLPageOrientation.Landscape, page.PageOrientation);
            Assert.Equal((1, 0), (page.PagesWide, page.PagesTall));
            Assert.Equal((1, 1), (page.FirstRowToRepeatAtTop, page.LastRowToRepeatAtTop));
        }

        var cover = workbook.Worksheet(RegisterSheetLayout.CoverSheet).PageSetup;
        Assert.Equal(XLPaperSize.A4Paper, cover.PaperSize);
        Assert.Equal(XLPageOrientation.Portrait, cover.PageOrientation);
        Assert.Equal((1, 1), (cover.PagesWide, cover.PagesTall));
    }

    [Fact]
    public async Task Export_PrintSettings_AreInTheFileAsExcelAndLibreOfficeReadThem()
    {
        await using var scope = Scope();
        var stream = new MemoryStream();
        await Get<RegisterExportService>(scope).ExportAsync(stream);
        stream.Position = 0;

        using var package = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var book = package.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        DocumentFormat.OpenXml.Spreadsheet.Worksheet Sheet(string name) =>
            ((DocumentFormat.OpenXml.Packaging.WorksheetPart)book.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet;

        var register = Sheet(RegisterSheetLayout.RegisterSheet);
        Assert.True(register.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var setup = register.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value); // 9: A4
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth?.Value ?? 1u); // absent: the default, 1 page wide
        // fitToHeight defaults to 1 (the whole sheet on one page) when absent: it must say 0, as many pages as needed.
        Assert.Equal(0u, setup.FitToHeight!.Value);
        var titles = book.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(d => d.Name == "_xlnm.Print_Titles").Select(d => d.Text).ToList();
        // Absolute rows: LibreOffice ignores the relative "Register!1:1" and repeats nothing.
        Assert.Contains("Register!$1:$1", titles);
        Assert.Contains("Verwerkers!$1:$1", titles);
        Assert.Contains($"'{RegisterSheetLayout.PrintSheet}'!$1:$1", titles);

        var cover = Sheet(RegisterSheetLayout.CoverSheet).GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.PageSetup>()!;
        Assert.Equal((1u, 1u), (cover.FitToWidth?.Value ?? 1u, cover.FitToHeight?.Value ?? 1u));
    }

    [Fact]
    public async Task Export_Rows_AreTallEnoughForTheirWrappedText()
    {
        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.RegisterSheet);

        // "Magazine versturen\nLedenpas versturen": two lines, so at least two lines high; the draft has one line per cell.
        Assert.True(sheet.Row(3).Height >= 2 * WorkbookPrintLayout.LineHeight, $"row 3 is {sheet.Row(3).Height} pt");
        var longest = RegisterSheetLayout.Columns.Max(c => WorkbookPrintLayout.Lines(c.Header, c.Width));
        Assert.Equal(longest * WorkbookPrintLayout.LineHeight, sheet.Row(1).Height);
        Assert.True(sheet.Cell(3, Col("Doeleinden")).Style.Alignment.WrapText);
    }

    [Fact]
    public async Task Export_PrintSheet_GivesEveryActivityItsOwnPage_WithEachItemOnALine()
    {
        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.PrintSheet);

        Assert.Equal(("Onderdeel", "Inhoud"), (sheet.Cell("A1").GetString(), sheet.Cell("B1").GetString()));
        var titles = sheet.Column(1).CellsUsed().Where(c => c.IsMerged()).Select(c => (c.Address.RowNumber, c.GetString())).ToList();
        Assert.Equal(["Ledenpanel (versie 1)", "Magazine (versie 1)"], titles.Select(t => t.Item2));
        // A page break just above the second activity's title.
        Assert.Equal([titles[1].RowNumber - 1], sheet.PageSetup.RowBreaks);
        string Value(int fromRow, string label) =>
            sheet.Column(1).CellsUsed().First(c => c.Address.RowNumber > fromRow && c.GetString() == label).CellRight().GetString();
        Assert.Equal("Magazine versturen\nLedenpas versturen", Value(titles[1].RowNumber, "Doeleinden"));
        Assert.Equal("Niet nodig", Value(titles[1].RowNumber, "Stand van de DPIA"));
        Assert.Equal("Ontbreekt", Value(titles[0].RowNumber, "Doeleinden"));
        Assert.Equal("Nog niet beoordeeld", Value(titles[0].RowNumber, "Stand van de DPIA"));
        Assert.Equal(2 * WorkbookPrintLayout.LineHeight, sheet.Row(sheet.Column(1).CellsUsed()
            .First(c => c.Address.RowNumber > titles[1].RowNumber && c.GetString() == "Doeleinden").Address.RowNumber).Height);
    }

    [Fact]
    public void RowHeight_CountsLineBreaksAndWrapsLongLinesAtWords()
    {
        Assert.Equal(1, WorkbookPrintLayout.Lines("", 20));
        Assert.Equal(2, WorkbookPrintLayout.Lines("een\ntwee", 20));
        // 10 characters a line in a column of width 12: "aaaa bbbb" fits, "cccc" starts a second line.
        Assert.Equal(10, WorkbookPrintLayout.CharactersPerLine(12));
        Assert.Equal(2, WorkbookPrintLayout.Lines("aaaa bbbb cccc", 12));
        Assert.Equal(3, WorkbookPrintLayout.Lines(new string('x', 25), 12));
        Assert.Equal(3 * WorkbookPrintLayout.LineHeight, WorkbookPrintLayout.RowHeight(["kort", new string('x', 25)], [20, 12]));
        Assert.Equal(WorkbookPrintLayout.MaxRowHeight, WorkbookPrintLayout.RowHeight([new string('x', 10_000)], [10]));
    }

    [Fact]
    public async Task Export_AnActivityThatNeedsADpia_ShowsWhetherAndWhenItWasDone()
    {
        await using (var scope = Scope())
        {
            var register = Get<RegisterService>(scope);
            await register.CreateAsync(RegisterTestData.Complete("Bemiddeling") with { DpiaRequired = true, DpiaCompletedOn = new DateOnly(2025, 11, 3) });
            await register.CreateAsync(RegisterTestData.Complete("Cursussen") with { DpiaRequired = true, Status = ActivityStatus.Draft });
        }

        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.RegisterSheet);
        var rows = sheet.RowsUsed().Skip(1).ToDictionary(r => r.Cell(Col("Naam")).GetString());

        Assert.Equal("Uitgevoerd op 03-11-2025", rows["Bemiddeling"].Cell(Col("Stand van de DPIA")).GetString());
        Assert.Equal(new DateTime(2025, 11, 3), rows["Bemiddeling"].Cell(Col("DPIA uitgevoerd op")).GetDateTime());
        Assert.Equal("Nodig, nog niet uitgevoerd", rows["Cursussen"].Cell(Col("Stand van de DPIA")).GetString());
        Assert.Contains("DPIA uitgevoerd op", rows["Cursussen"].Cell(Col("Ontbrekende onderdelen")).GetString());
        Assert.Equal("Niet nodig", rows["Magazine"].Cell(Col("Stand van de DPIA")).GetString());
    }

    [Fact]
    public async Task Export_RegisterSheet_HasOneColumnPerItem_AndOneRowPerActivity_ReadBackCellByCell()
    {
        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.RegisterSheet);

        var headers = Enumerable.Range(1, RegisterSheetLayout.Columns.Count).Select(c => sheet.Cell(1, c).GetString()).ToList();
        Assert.Equal(RegisterSheetLayout.Columns.Select(c => c.Header), headers);
        Assert.Equal(["Ledenpanel", "Magazine"], new[] { sheet.Cell(2, Col("Naam")).GetString(), sheet.Cell(3, Col("Naam")).GetString() });
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());

        var row = sheet.Row(3);
        Assert.Equal(_activityId.ToString(), row.Cell(Col("Id")).GetString());
        Assert.Equal(1, row.Cell(Col("Versie")).GetValue<int>());
        Assert.Equal("Magazine versturen\nLedenpas versturen", row.Cell(Col("Doeleinden")).GetString());
        Assert.Equal("6.1.b Uitvoering van een overeenkomst", row.Cell(Col("Rechtsgrond (art. 6 lid 1)")).GetString());
        Assert.Equal("9.2.a Uitdrukkelijke toestemming", row.Cell(Col("Uitzondering bijzondere gegevens (art. 9 lid 2)")).GetString());
        Assert.Equal("Leden\nHuisgenoten", row.Cell(Col("Categorieën betrokkenen")).GetString());
        Assert.Equal("Naam\nGezondheid (bijzonder)", row.Cell(Col("Categorieën persoonsgegevens")).GetString());
        Assert.Equal("Ja", row.Cell(Col("Bijzondere persoonsgegevens")).GetString());
        Assert.Equal("Geen", row.Cell(Col("Ontvangers")).GetString());
        Assert.Equal("Drukkerij", row.Cell(Col("Verwerkers")).GetString());
        Assert.Equal("Nee", row.Cell(Col("Doorgifte buiten de EER")).GetString());
        Assert.True(row.Cell(Col("Landen buiten de EER")).IsEmpty());
        Assert.Equal("2 jaar na einde lidmaatschap", row.Cell(Col("Bewaartermijn")).GetString());
        Assert.Equal("Rollen en minimale rechten\nToegangslog", row.Cell(Col("Beveiligingsmaatregelen")).GetString());
        Assert.Equal("Ledenservice", row.Cell(Col("Eigenaar / afdeling")).GetString());
        Assert.Equal("Nee", row.Cell(Col("DPIA nodig")).GetString());
        Assert.Equal("Volledig", row.Cell(Col("Status")).GetString());
        Assert.True(row.Cell(Col("Ontbrekende onderdelen")).IsEmpty());

        var source = row.Cell(Col("Bron van de gegevens"));
        Assert.Equal(XLDataType.Text, source.DataType);
        Assert.Equal("0123 formulier", source.GetString());

        var next = row.Cell(Col("Volgende herziening"));
        Assert.Equal(XLDataType.DateTime, next.DataType);
        Assert.Equal(new DateTime(2027, 1, 15), next.GetDateTime());
        Assert.Equal("dd-mm-yyyy", next.Style.NumberFormat.Format);

        var draft = sheet.Row(2);
        Assert.Equal("Concept", draft.Cell(Col("Status")).GetString());
        Assert.Contains("Doeleinden", draft.Cell(Col("Ontbrekende onderdelen")).GetString());
    }

    [Fact]
    public async Task Export_Sheets_HaveAFrozenHeaderFiltersAndReadableWidths()
    {
        using var workbook = await ExportAsync();

        foreach (var name in new[] { RegisterSheetLayout.RegisterSheet, RegisterSheetLayout.ProcessorsSheet })
        {
            var sheet = workbook.Worksheet(name);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled);
            Assert.Equal(1, sheet.AutoFilter.Range.FirstRow().RowNumber());
            Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
            Assert.All(sheet.ColumnsUsed(), c => Assert.InRange(c.Width, 8, 60));
        }
    }

    [Fact]
    public async Task Export_ProcessorsSheet_ShowsTheAgreementStatus()
    {
        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.ProcessorsSheet);

        Assert.Equal("Drukkerij", sheet.Cell("A2").GetString());
        Assert.Equal("0031 485", sheet.Cell("D2").GetString());
        Assert.Equal(new DateTime(2025, 1, 1), sheet.Cell("G2").GetDateTime());
        Assert.Equal(new DateTime(2026, 4, 1), sheet.Cell("H2").GetDateTime());
        Assert.Equal("VO-007", sheet.Cell("I2").GetString());
        Assert.Equal("Verloopt op 01-04-2026 (over 30 dagen)", sheet.Cell("K2").GetString());
        Assert.Equal("Magazine", sheet.Cell("L2").GetString());
        Assert.Equal("Panelbureau", sheet.Cell("A3").GetString());
        Assert.Equal("Geen geldige verwerkersovereenkomst", sheet.Cell("K3").GetString());
    }

    [Fact]
    public async Task Export_IsAudited_WithWhoAndHowMuch()
    {
        using var workbook = await ExportAsync();

        await using var raw = RawDb();
        var evt = await raw.AuditEvents.SingleAsync(e => e.EventType == RegisterEventTypes.Export);
        Assert.Equal(AuditAction.Export, evt.Action);
        Assert.Equal(AuditOutcome.Success, evt.Outcome);
        Assert.Equal("test-privacyofficer", evt.UserId);
        Assert.Contains("\"activities\":2", evt.Details);
    }

    [Fact]
    public async Task Export_ByTheCallCentre_IsRefusedAndAudited()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();
        var stream = new MemoryStream();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RegisterExportService>(scope).ExportAsync(stream));

        Assert.Equal(0, stream.Length);
        await using var raw = RawDb();
        Assert.True(await raw.AuditEvents.AnyAsync(e => e.EventType == RegisterEventTypes.Export && e.Outcome == AuditOutcome.Denied));
    }
}
