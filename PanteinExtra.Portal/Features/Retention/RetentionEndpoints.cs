using PanteinExtra.Core.Common;
using PanteinExtra.Core.Retention;

namespace PanteinExtra.Portal.Features.Retention;

public static class RetentionEndpoints
{
    /// <summary>The report download (a file needs a plain HTTP response). The Core service checks the role and audits the export.</summary>
    public static IEndpointRouteBuilder MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/opschoonruns/rapport", async (Guid id, RetentionReportService reports, CancellationToken ct) =>
        {
            try
            {
                var file = await reports.ExportCsvAsync(id, ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            }
            catch (ForbiddenException)
            {
                return Results.Redirect("/geen-toegang");
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
        }).RequireAuthorization(p => p.RequireRole(Roles.PrivacyOfficer));
        return app;
    }
}
