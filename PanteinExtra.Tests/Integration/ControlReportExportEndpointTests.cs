using System.Net;
using ClosedXML.Excel;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

/// <summary>The monthly control report's workbook over the real app: the FG downloads it; nobody else.</summary>
public sealed class ControlReportExportEndpointTests(ControlReportExportEndpointTests.Fixture portal) : IClassFixture<ControlReportExportEndpointTests.Fixture>
{
    public sealed class Fixture : PortalFactory;

    [Fact]
    public async Task Export_ForTheFg_IsTheMonthsWorkbookAndIsNotCached()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));

        var response = await client.GetAsync("/toegangscontrole/maandrapport/2026-01/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(
            [ControlReportExportService.SummarySheet, ControlReportExportService.FindingsSheet, ControlReportExportService.SampleSheet],
            workbook.Worksheets.Select(w => w.Name));
        Assert.Equal("januari 2026", workbook.Worksheet(ControlReportExportService.SummarySheet).Cell(1, 2).GetString());
    }

    [Fact]
    public async Task Export_OfAnUnknownMonth_IsADutch404()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));

        var response = await client.GetAsync("/toegangscontrole/maandrapport/2026-13/export.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Onbekende maand", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(Roles.CallCentre)]
    [InlineData(Roles.Administrator)]
    public async Task Export_ForAnyoneButTheFg_IsRefused(string role)
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(role));

        var response = await client.GetAsync("/toegangscontrole/maandrapport/2026-01/export.xlsx");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
    }
}
