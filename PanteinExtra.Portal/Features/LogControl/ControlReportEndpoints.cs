using Microsoft.AspNetCore.Authorization;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;

namespace PanteinExtra.Portal.Features.LogControl;

public static class ControlReportEndpoints
{
    public const string ExportPath = "/toegangscontrole/maandrapport/{month}/export.xlsx";

    public static string ExportPathFor(ReportMonth month) => $"/toegangscontrole/maandrapport/{month.Code}/export.xlsx";

    /// <summary>The month's report as an Excel download (draft or signed off); Core checks the FG role again and audits it.</summary>
    public static IEndpointRouteBuilder MapControlReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, (string month, HttpContext http, ControlReportExportService export, CancellationToken ct) =>
                Requests.RequestEndpoints.DownloadAsync(http, async () =>
                {
                    if (!ReportMonth.TryParse(month, out var period))
                    {
                        return Results.Text("Onbekende maand: gebruik de vorm jjjj-mm.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
                    }

                    var bytes = await export.ExportAsync(period, ct);
                    return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"maandrapport-logcontrole-{period.Code}.xlsx");
                }))
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.PrivacyOfficer });
        return app;
    }
}
