using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Features.AccessLog;

public static class AccessLogEndpoints
{
    public const string ExportPath = "/toegangslog/export.xlsx";

    /// <summary>The streaming Excel export of a filtered selection; Core checks the role again and audits it.</summary>
    public static IEndpointRouteBuilder MapAccessLogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, async (HttpContext http, AuditLogExport export, CancellationToken ct) =>
            {
                var query = FromQueryString(http.Request.Query);
                http.Response.ContentType = AuditLogExport.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName()}\"";
                await export.ExportAsync(query, http.Response.Body, ct);
            })
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.PrivacyOfficer });
        return app;
    }

    /// <summary>The export link for the filters on screen.</summary>
    public static string ExportUrl(AuditLogQuery q)
    {
        var parts = new Dictionary<string, string?>
        {
            ["lidnummer"] = q.MemberNumber,
            ["medewerker"] = q.UserNameContains,
            ["soort"] = q.EventType,
            ["doel"] = q.PurposeContains,
            ["uitkomst"] = q.Outcome?.ToString(),
            ["van"] = q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["tot"] = q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var set = parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        return ExportPath + "?" + string.Join("&", set);
    }

    private static AuditLogQuery FromQueryString(IQueryCollection q) => new()
    {
        MemberNumber = q["lidnummer"],
        UserNameContains = q["medewerker"],
        EventType = q["soort"],
        PurposeContains = q["doel"],
        Outcome = Enum.TryParse<AuditOutcome>(q["uitkomst"], out var o) ? o : null,
        From = DateOnly.TryParseExact(q["van"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null,
        To = DateOnly.TryParseExact(q["tot"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
    };
}
