using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

public sealed class RetentionReportDownloadTests(RetentionReportDownloadTests.Fixture portal) : IClassFixture<RetentionReportDownloadTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        public Fixture()
        {
            Settings["Retention:RunBackgroundWork"] = "false";
        }
    }

    [Fact]
    public async Task Fg_DownloadsTheReportAsCsv_AndTheExportIsAudited()
    {
        var runId = await PreviewAsSystemAsync();
        var client = await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));

        var response = await client.GetAsync($"/opschoonruns/rapport?id={runId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Rapport bewaartermijnrun", await response.Content.ReadAsStringAsync());
        await using var scope = portal.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EventType == RetentionEventTypes.RunExport && e.TargetId == runId.ToString() && e.UserRole == Roles.PrivacyOfficer));
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.CallCentre)]
    public async Task OtherRoles_CannotDownloadTheReport(string role)
    {
        var runId = await PreviewAsSystemAsync();
        var client = await portal.SignedInClientAsync(DemoEmployees.For(role));

        var response = await client.GetAsync($"/opschoonruns/rapport?id={runId}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Rapport bewaartermijnrun", await response.Content.ReadAsStringAsync());
    }

    private async Task<Guid> PreviewAsSystemAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Actor = new SystemUser();
        var result = await scope.ServiceProvider.GetRequiredService<RetentionPreviewService>().CreateAsync(RetentionRunOrigin.Manual);
        return result.Value;
    }
}
