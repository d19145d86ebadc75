using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.DemoData.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Core.Register;

/// <summary>Import over the first-run register: export, edit the workbook like a user would, preview, apply.</summary>
public sealed class RegisterImportTests : CoreTestHost
{
    protected override bool SeedDemoData => true;

    private static int Col(string header) => RegisterSheetLayout.Columns.ToList().FindIndex(c => c.Header == header) + 1;

    private async Task<XLWorkbook> ExportAsync()
    {
        await using var scope = Scope();
        var stream = new MemoryStream();
        await Get<RegisterExportService>(scope).ExportAsync(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private async Task<ImportPreview> PreviewAsync(XLWorkbook workbook)
    {
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        await using var scope = Scope();
        return await Get<RegisterImportService>(scope).PreviewAsync(stream);
    }

    private async Task<Result> ApplyAsync(ImportPreview preview)
    {
        await using var scope = Scope();
        return await Get<RegisterImportService>(scope).ApplyAsync(preview);
    }

    private static IXLRow RowNamed(XLWorkbook workbook, string name) =>
        workbook.Worksheet(RegisterSheetLayout.RegisterSheet).RowsUsed().First(r => r.Cell(Col("Naam")).GetString() == name);

    private async Task<(int Versions, int Audits)> CountsAsync()
    {
        await using var raw = RawDb();
        return (await raw.ProcessingActivityVersions.CountAsync(), await raw.AuditEvents.CountAsync(e => e.Action != AuditAction.Export));
    }

    [Fact]
    public async Task ExportThenImport_WithoutEdits_ChangesNothing()
    {
        using var workbook = await ExportAsync();
        var before = await CountsAsync();

        var preview = await PreviewAsync(workbook);

        Assert.Null(preview.FileError);
        Assert.Equal(14, preview.Rows.Count); // the demo register's activities
        Assert.All(preview.Rows, r => Assert.Equal(ImportRowKind.Unchanged, r.Kind));
        Assert.False(preview.CanApply);
        Assert.Equal(ResultStatus.Refused, (await ApplyAsync(preview)).Status);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Preview_OfAnEditedCell_ShowsTheChange_AndWritesNothingUntilApplied()
    {
        using var workbook = await ExportAsync();
        RowNamed(workbook, "Ledenpanel").Cell(Col("Eigenaar / afdeling")).SetValue("Marketing");
        RowNamed(workbook, "Ledenpanel").Cell(Col("DPIA nodig")).SetValue("Nee");
        var before = await CountsAsync();

        var preview = await PreviewAsync(workbook);

        var row = Assert.Single(preview.Rows, r => r.Kind == ImportRowKind.Changed);
        Assert.Equal("Ledenpanel", row.Name);
        Assert.Equal([RegisterField.Owner, RegisterField.DpiaRequired], row.ChangedFields);
        Assert.Equal(13, preview.Unchanged);
        Assert.True(preview.CanApply);
        Assert.Equal(before, await CountsAsync());

        var result = await ApplyAsync(preview);

        Assert.True(result.Succeeded);
        Assert.Equal("Ingelezen: 0 toegevoegd, 1 gewijzigd.", result.Message);
        await using var raw = RawDb();
        var activity = await raw.ProcessingActivities.SingleAsync(a => a.Name == "Ledenpanel");
        Assert.Equal(("Marketing", false, 2), (activity.Owner, activity.DpiaRequired, activity.Version));
        var version = await raw.ProcessingActivityVersions.SingleAsync(v => v.ActivityId == activity.Id && v.Number == 2);
        Assert.Equal(VersionChangeKind.Imported, version.Kind);
        Assert.Equal("Owner,DpiaRequired", version.ChangedFields);
        Assert.True(await raw.AuditEvents.AnyAsync(e => e.EventType == RegisterEventTypes.Import && e.Details!.Contains("\"changed\":1")));

        // Importing the same file again changes nothing more.
        Assert.All((await PreviewAsync(workbook)).Rows, r => Assert.NotEqual(ImportRowKind.Added, r.Kind));
    }

    [Fact]
    public async Task Preview_OfANewRow_AddsAnActivity()
    {
        using var workbook = await ExportAsync();
        var sheet = workbook.Worksheet(RegisterSheetLayout.RegisterSheet);
        var row = sheet.Row(sheet.LastRowUsed().RowNumber() + 1);
        row.Cell(Col("Naam")).SetValue("Vrijwilligersadministratie");
        row.Cell(Col("Rechtsgrond (art. 6 lid 1)")).SetValue("6.1.b");
        row.Cell(Col("Doeleinden")).SetValue("Vrijwilligers inzetten\nVrijwilligers bedanken");
        row.Cell(Col("Verwerkers")).SetValue(RegisterDemoData.MemberSystem.ToUpperInvariant());
        row.Cell(Col("Volgende herziening")).SetValue("01-09-2026");

        var preview = await PreviewAsync(workbook);
        var added = Assert.Single(preview.Rows, r => r.Kind == ImportRowKind.Added);
        Assert.True((await ApplyAsync(preview)).Succeeded);

        await using var scope = Scope();
        var found = (await Get<RegisterService>(scope).SearchAsync(new RegisterFilter { Text = "Vrijwilligers" }, 0, 5)).Items.Single();
        var view = await Get<RegisterService>(scope).GetAsync(found.Id);
        Assert.Equal(["Vrijwilligers inzetten", "Vrijwilligers bedanken"], view.Content.Purposes);
        Assert.Equal(LegalBasis.Contract, view.Content.LegalBasis);
        Assert.Equal(new DateOnly(2026, 9, 1), view.Content.NextReviewOn);
        Assert.Equal([RegisterDemoData.MemberSystem], view.Processors.Select(p => p.Name));
        Assert.Equal(ActivityStatus.Draft, view.Content.Status);
        Assert.Equal(added.Name, view.Content.Name);
    }

    [Fact]
    public async Task Preview_NamesEveryInvalidCell_InDutch_AndCannotBeApplied()
    {
        using var workbook = await ExportAsync();
        var row = RowNamed(workbook, "Ledenadministratie");
        row.Cell(Col("Rechtsgrond (art. 6 lid 1)")).SetValue("6.1.z");
        row.Cell(Col("Verwerkers")).SetValue("Onbekend B.V.");
        row.Cell(Col("DPIA nodig")).SetValue("misschien");
        row.Cell(Col("Volgende herziening")).SetValue("31-02-2026");
        var other = RowNamed(workbook, "Ledenpanel");
        other.Cell(Col("Status")).SetValue("Volledig");
        var before = await CountsAsync();

        var preview = await PreviewAsync(workbook);

        var invalid = preview.Rows.Single(r => r.Name == "Ledenadministratie");
        Assert.Equal(ImportRowKind.Invalid, invalid.Kind);
        var messages = invalid.Errors.ToDictionary(e => e.Column, e => e);
        Assert.StartsWith("Onbekende rechtsgrond", messages["Rechtsgrond (art. 6 lid 1)"].Message);
        Assert.Equal($"{XLHelper.GetColumnLetterFromNumber(Col("Rechtsgrond (art. 6 lid 1)"))}{invalid.RowNumber}", messages["Rechtsgrond (art. 6 lid 1)"].Cell);
        Assert.StartsWith("Onbekende verwerker 'Onbekend B.V.'", messages["Verwerkers"].Message);
        Assert.StartsWith("Vul 'Ja' of 'Nee' in", messages["DPIA nodig"].Message);
        Assert.StartsWith("Geen geldige datum", messages["Volgende herziening"].Message);
        var panel = preview.Rows.Single(r => r.Name == "Ledenpanel");
        Assert.Equal(ImportRowKind.Invalid, panel.Kind);
        Assert.StartsWith("Kan niet op 'Volledig' staan", Assert.Single(panel.Errors).Message);
        Assert.False(preview.CanApply);
        Assert.False((await ApplyAsync(preview)).Succeeded);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Preview_OfARowChangedSinceTheExport_IsRefused_SoTheLaterEditIsNotLost()
    {
        using var workbook = await ExportAsync();
        await using (var scope = Scope())
        {
            var register = Get<RegisterService>(scope);
            var id = (await register.SearchAsync(new RegisterFilter { Text = "Ledenpanel" }, 0, 1)).Items.Single().Id;
            var view = await register.GetAsync(id);
            Assert.True((await register.UpdateAsync(id, view.Version, view.Content with { Owner = "Ledenraad" })).Succeeded);
        }

        RowNamed(workbook, "Ledenpanel").Cell(Col("Beschrijving")).SetValue("Andere beschrijving");

        var preview = await PreviewAsync(workbook);

        var row = preview.Rows.Single(r => r.Name == "Ledenpanel");
        Assert.Equal(ImportRowKind.Invalid, row.Kind);
        Assert.Contains("na uw export gewijzigd (nu versie 2, in het bestand 1)", Assert.Single(row.Errors).Message);
    }

    [Fact]
    public async Task Apply_WhenTheRegisterChangedAfterThePreview_WritesNothing()
    {
        using var workbook = await ExportAsync();
        RowNamed(workbook, "Ledenpanel").Cell(Col("Beschrijving")).SetValue("Nieuwe beschrijving");
        RowNamed(workbook, "Websiteformulieren").Cell(Col("Beschrijving")).SetValue("Ook nieuw");
        var preview = await PreviewAsync(workbook);
        Assert.True(preview.CanApply);
        await using (var scope = Scope())
        {
            var register = Get<RegisterService>(scope);
            var id = preview.Rows.Single(r => r.Name == "Websiteformulieren").ActivityId!.Value;
            var view = await register.GetAsync(id);
            await register.UpdateAsync(id, view.Version, view.Content with { Owner = "Webteam" });
        }

        var before = await CountsAsync();

        var result = await ApplyAsync(preview);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.StartsWith("Het register is gewijzigd sinds de voorvertoning", result.Message);
        await using var raw = RawDb();
        Assert.Equal(before.Versions, await raw.ProcessingActivityVersions.CountAsync());
        Assert.NotEqual("Nieuwe beschrijving", (await raw.ProcessingActivities.SingleAsync(a => a.Name == "Ledenpanel")).Description);
    }

    [Fact]
    public async Task Preview_OfAFileThatIsNotTheExport_SaysWhatIsWrong()
    {
        await using var scope = Scope();
        var service = Get<RegisterImportService>(scope);

        var garbage = await service.PreviewAsync(new MemoryStream("geen excel"u8.ToArray()));
        using var other = new XLWorkbook();
        other.AddWorksheet("Blad1");
        var stream = new MemoryStream();
        other.SaveAs(stream);
        stream.Position = 0;
        var wrongSheet = await service.PreviewAsync(stream);

        Assert.Equal("Dit bestand kan niet worden gelezen als Excel-werkmap (.xlsx).", garbage.FileError);
        Assert.StartsWith("Het tabblad 'Register' ontbreekt", wrongSheet.FileError);
    }

    [Fact]
    public async Task Preview_ByTheCallCentre_IsRefused()
    {
        User.As(Roles.CallCentre);
        await using var scope = Scope();

        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RegisterImportService>(scope).PreviewAsync(new MemoryStream()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Get<RegisterImportService>(scope).ApplyAsync(new ImportPreview(null, [])));
    }
}
