namespace PanteinExtra.Portal;

/// <summary>
/// The response headers every answer of the portal carries (pages, downloads, errors, static files). The policy
/// allows only what Blazor and MudBlazor need: scripts from the portal itself (no inline script: App.razor renders no
/// import map), inline styles (MudBlazor sets style attributes), images from the portal and data: URIs, the circuit's
/// WebSocket to the portal itself. No form-action: Chrome applies it to the redirect to Microsoft at sign-out.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    /// <summary>Set just before the headers go out, so error pages (which clear the response) carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
