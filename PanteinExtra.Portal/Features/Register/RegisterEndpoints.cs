using Microsoft.AspNetCore.Authorization;
using PanteinExtra.Core.Register;

namespace PanteinExtra.Portal.Features.Register;

public static class RegisterEndpoints
{
    public const string ExportPath = "/register/export.xlsx";

    /// <summary>The Excel export as a plain download (a circuit cannot stream a file); Core checks the role again and audits it.</summary>
    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, async (RegisterExportService export, CancellationToken ct) =>
            {
                var buffer = new MemoryStream();
                await export.ExportAsync(buffer, ct);
                buffer.Position = 0;
                return Results.File(buffer, RegisterExportService.ContentType, export.FileName());
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = RegisterAccess.EditorRoles });
        return app;
    }
}
