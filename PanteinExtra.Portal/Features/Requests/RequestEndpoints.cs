using System.Text;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Requests.Fulfilment;
using PanteinExtra.Core.Requests.Reports;

namespace PanteinExtra.Portal.Features.Requests;

/// <summary>Downloads for the FG (audited in Core): portability data as JSON and CSV, the access report's data as xlsx.</summary>
public static class RequestEndpoints
{
    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var fg = new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Roles.PrivacyOfficer };
        app.MapGet("/verzoeken/{id:guid}/gegevens.json", async (Guid id, FulfilmentService fulfilment, CancellationToken ct) =>
        {
            var data = await fulfilment.PortableDataAsync(id, ct);
            return Results.File(Encoding.UTF8.GetBytes(data.ToJson()), "application/json", $"gegevens-{data.Household.MemberNumber}.json");
        }).RequireAuthorization(fg);
        app.MapGet("/verzoeken/{id:guid}/gegevens.csv", async (Guid id, FulfilmentService fulfilment, CancellationToken ct) =>
        {
            var data = await fulfilment.PortableDataAsync(id, ct);
            return Results.File(Encoding.UTF8.GetBytes(data.ToCsv()), "text/csv; charset=utf-8", $"gegevens-{data.Household.MemberNumber}.csv");
        }).RequireAuthorization(fg);
        app.MapGet("/verzoeken/{id:guid}/inzageoverzicht.xlsx", async (Guid id, AccessReportService reports, CancellationToken ct) =>
        {
            var report = await reports.BuildAsync(id, ct);
            return Results.File(
                AccessReportWorkbook.Write(report),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"inzage-verzoek-{report.RequestNumber}.xlsx");
        }).RequireAuthorization(fg);
        return app;
    }
}
