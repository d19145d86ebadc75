using Microsoft.AspNetCore.Authorization;
using PanteinExtra.Core.Breaches;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Features.Breaches;

public static class BreachEndpoints
{
    public const string ExportPath = "/datalekken/export.xlsx";

    /// <summary>The register as an Excel download (a circuit cannot stream a file); Core checks the FG role again and audits it.</summary>
    public static IEndpointRouteBuilder MapBreachEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, async (BreachExportService export, TimeProvider clock, CancellationToken ct) =>
            {
                var bytes = await export.ExportAsync(ct);
                return Results.File(
                    bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"datalekregister-{DutchTime.Today(clock):yyyy-MM-dd}.xlsx");
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.PrivacyOfficer });
        return app;
    }
}
