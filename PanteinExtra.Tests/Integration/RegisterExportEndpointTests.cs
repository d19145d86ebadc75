using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Register;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class RegisterExportEndpointTests(RegisterExportEndpointTests.Fixture portal) : IClassFixture<RegisterExportEndpointTests.Fixture>
{
    private const string Path = "/register/export.xlsx";

    public sealed class Fixture : PortalFactory
    {
        public Fixture() => SeedDemoData = true;
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task Export_ForAdministratorsAndTheFg_IsAWorkbookOfTheRegister_AndIsAudited(string role)
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(role));

        var response = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RegisterExportService.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("verwerkingsregister-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(
            [RegisterSheetLayout.CoverSheet, RegisterSheetLayout.PrintSheet, RegisterSheetLayout.RegisterSheet, RegisterSheetLayout.ProcessorsSheet],
            workbook.Worksheets.Select(w => w.Name));
        Assert.True(await AuditedAsync(e => e.EventType == RegisterEventTypes.Export && e.Outcome == AuditOutcome.Success && e.UserRole == role));
    }

    [Fact]
    public async Task Export_ForTheCallCentre_IsRefused_AndTheRefusalAudited()
    {
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.CallCentre));

        var response = await client.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
        Assert.True(await AuditedAsync(e => e.Outcome == AuditOutcome.Denied && e.TargetId == Path && e.UserRole == Roles.CallCentre));
        Assert.False(await AuditedAsync(e => e.EventType == RegisterEventTypes.Export && e.UserRole == Roles.CallCentre && e.Outcome == AuditOutcome.Success));
    }

    [Fact]
    public async Task Export_WithoutSignIn_RedirectsToTheSignInPage()
    {
        var response = await portal.CreateBrowserlikeClient().GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
    }

    private async Task<bool> AuditedAsync(System.Linq.Expressions.Expression<Func<AuditEvent, bool>> match)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.AnyAsync(match);
    }
}
