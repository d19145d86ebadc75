using System.Text;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Requests;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Requests.Reports;

namespace PanteinExtra.Portal.Features.Requests;

/// <summary>
/// Downloads for the FG (audited in Core): portability data as JSON and CSV, the access report as PDF and its data as xlsx, a sent letter as its kept PDF. They answer
/// like the pages: an unknown request is a Dutch 404, a refusal (unverified, the wrong kind of request) a Dutch 403, never a
/// 500; and no copy of personal data may be kept by a browser or proxy cache (<c>Cache-Control: no-store</c>).
/// </summary>
public static class RequestEndpoints
{
    public const string UnknownRequest = "Dit verzoek bestaat niet (meer).";

    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var fg = new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Roles.PrivacyOfficer };
        app.MapGet("/verzoeken/{id:guid}/gegevens.json", (Guid id, FulfilmentService fulfilment, HttpContext http, CancellationToken ct) =>
            DownloadAsync(http, async () =>
            {
                var data = await fulfilment.PortableDataAsync(id, ct);
                return Results.File(Encoding.UTF8.GetBytes(data.ToJson()), "application/json", $"gegevens-{data.Household.MemberNumber}.json");
            })).RequireAuthorization(fg);
        app.MapGet("/verzoeken/{id:guid}/gegevens.csv", (Guid id, FulfilmentService fulfilment, HttpContext http, CancellationToken ct) =>
            DownloadAsync(http, async () =>
            {
                var data = await fulfilment.PortableDataAsync(id, ct);
                return Results.File(Encoding.UTF8.GetBytes(data.ToCsv()), "text/csv; charset=utf-8", $"gegevens-{data.Household.MemberNumber}.csv");
            })).RequireAuthorization(fg);
        app.MapGet("/verzoeken/{id:guid}/inzageoverzicht.xlsx", (Guid id, AccessReportService reports, HttpContext http, CancellationToken ct) =>
            DownloadAsync(http, async () =>
            {
                var report = await reports.BuildAsync(id, AccessReportFormat.Workbook, ct);
                return Results.File(
                    AccessReportWorkbook.Write(report),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"inzage-verzoek-{report.RequestNumber}.xlsx");
            })).RequireAuthorization(fg);
        app.MapGet("/verzoeken/{id:guid}/inzageoverzicht.pdf", (Guid id, AccessReportService reports, HttpContext http, CancellationToken ct) =>
            DownloadAsync(http, async () =>
            {
                var report = await reports.BuildAsync(id, AccessReportFormat.Pdf, ct);
                return Results.File(AccessReportPdf.Render(report), "application/pdf", AccessReportPdf.FileName(report));
            })).RequireAuthorization(fg);
        app.MapGet("/verzoeken/{id:guid}/brieven/{letterId:guid}.pdf", (Guid id, Guid letterId, RequestService requests, HttpContext http, CancellationToken ct) =>
            DownloadAsync(http, async () =>
            {
                var (pdf, fileName) = await requests.LetterPdfAsync(id, letterId, ct);
                return Results.File(pdf, "application/pdf", fileName);
            })).RequireAuthorization(fg);
        return app;
    }

    /// <summary>Every personal-data download: no-store, and Core's refusals as Dutch answers.</summary>
    public static async Task<IResult> DownloadAsync(HttpContext http, Func<Task<IResult>> download)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        try
        {
            return await download();
        }
        catch (NotFoundException)
        {
            return Results.Text(UnknownRequest, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        catch (RefusedException refused)
        {
            return Results.Text(refused.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
