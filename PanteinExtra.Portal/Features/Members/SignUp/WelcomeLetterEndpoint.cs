using PanteinExtra.Core.Common;
using PanteinExtra.Core.Members;
using PanteinExtra.Portal.Features.Requests;

namespace PanteinExtra.Portal.Features.Members.SignUp;

/// <summary>The welcome letter of a new member as A4 PDF, for the call-centre (Core checks the role and that the membership is new, and audits it).</summary>
public static class WelcomeLetterEndpoint
{
    public const string Path = "/leden/{id:guid}/welkomstbrief.pdf";

    public static string For(Guid householdId) => $"/leden/{householdId}/welkomstbrief.pdf";

    public static IEndpointRouteBuilder MapWelcomeLetterEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (Guid id, WelcomeLetterService letters, HttpContext http, CancellationToken ct) =>
            RequestEndpoints.DownloadAsync(http, async () =>
            {
                var letter = await letters.RenderAsync(id, ct);
                return letter.Value is { } document
                    ? Results.File(document.Pdf, "application/pdf", document.FileName)
                    : Results.Text(
                        letter.Message, "text/plain; charset=utf-8",
                        statusCode: letter.Status == ResultStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
            })).RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Roles.CallCentre });
        return app;
    }
}
