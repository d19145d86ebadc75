using ClosedXML.Excel;
using Microsoft.Playwright;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class RegisterJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_EditsAnActivity_AndDownloadsTheExportWithTheChange()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.Administrator));

        await page.GetByTestId("nav").GetByText("Verwerkingsregister").ClickAsync();
        await page.GetByTestId("register-grid").GetByText("Ledenpanel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("activity-version")).ToContainTextAsync("Versie 1");
        await page.GetByTestId("activity-edit").ClickAsync();
        var owner = page.GetByTestId("activity-form").GetByLabel("Eigenaar / afdeling");
        await owner.FillAsync("Ledenraad");
        await owner.BlurAsync();
        await page.GetByTestId("activity-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("activity-version")).ToContainTextAsync("Versie 2");
        await Assertions.Expect(page.GetByTestId("activity-items")).ToContainTextAsync("Ledenraad");

        await BrowserFixture.GotoAsync(page, "/verwerkingsregister");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("register-export").ClickAsync());
        Assert.StartsWith("verwerkingsregister-", download.SuggestedFilename);
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.xlsx");
        try
        {
            await download.SaveAsAsync(file);
            using var workbook = new XLWorkbook(file);
            var sheet = workbook.Worksheet(RegisterSheetLayout.RegisterSheet);
            int Col(string header) => RegisterSheetLayout.Columns.ToList().FindIndex(c => c.Header == header) + 1;
            var row = sheet.RowsUsed().Single(r => r.Cell(Col("Naam")).GetString() == "Ledenpanel");
            Assert.Equal("Ledenraad", row.Cell(Col("Eigenaar / afdeling")).GetString());
            Assert.Equal(2, row.Cell(Col("Versie")).GetValue<int>());
        }
        finally
        {
            File.Delete(file);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Agent_ReadsTheRegister_ButCannotOpenTheEditPage()
    {
        var page = await browser.SignedInPageAsync(DemoEmployees.For(Roles.CallCentre));

        await page.GetByTestId("nav").GetByText("Verwerkingsregister").ClickAsync();
        await Assertions.Expect(page.GetByTestId("register-grid")).ToContainTextAsync("Ledenadministratie");
        await Assertions.Expect(page.GetByTestId("register-export")).ToHaveCountAsync(0);

        await BrowserFixture.GotoAsync(page, "/verwerkingsregister/activiteit/bewerken");
        await Assertions.Expect(page.GetByTestId("geen-toegang")).ToBeVisibleAsync();

        await page.Context.CloseAsync();
    }
}
