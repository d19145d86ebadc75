using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
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
        Assert.Equal(("Functionaris Gegevensbescherming", "FG Pantein"), (cover.Cell("A7").GetString(), cover.Cell("B7").GetString()));
        Assert.Equal("0485 012345", cover.Cell("B9").GetString());
        Assert.Equal(XLDataType.Text, cover.Cell("B9").DataType);
        // The clock stands at 09:30 UTC on 2 March 2026: 10:30 in Amsterdam (CET).
        Assert.Equal("02-03-2026 10:30 (Nederlandse tijd)", cover.Cell("B10").GetString());
        Assert.Equal("Mohammed el Amrani", cover.Cell("B11").GetString());
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
