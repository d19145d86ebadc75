using System.Text;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Requests.Fulfilment;

namespace PanteinExtra.Portal.Features.Requests;

/// <summary>Downloads of a portability request: the person's data as JSON and as CSV (FG only; audited in Core).</summary>
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
        return app;
    }
}
