using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;

namespace PanteinExtra.Portal.Auth;

/// <summary>
/// Two ways in: Microsoft Entra ID when <c>AzureAd:ClientId</c> is set, otherwise the development sign-in with
/// demo staff (Development only, unless <c>Auth:AllowDevSignIn</c>). Either way: deny by default.
/// </summary>
public static class PortalAuthentication
{
    public const string SignInPath = "/aanmelden";
    public const string AccessDeniedPath = "/geen-toegang";

    public static bool UsesEntraId(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);

    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var session = TimeSpan.FromMinutes(configuration.GetValue("Auth:SessionMinutes", 480));

        if (UsesEntraId(configuration))
        {
            services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.TokenValidationParameters.RoleClaimType = "roles";
                o.TokenValidationParameters.NameClaimType = "name";
                var inner = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await inner(context);
                    if (context.Principal is { } principal)
                    {
                        await AuditSignInAsync(context.HttpContext, principal);
                    }
                };
            });
            services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o => ConfigureCookie(o, session));
        }
        else
        {
            var allowed = builder.Environment.IsDevelopment() || configuration.GetValue("Auth:AllowDevSignIn", false);
            if (!allowed)
            {
                throw new InvalidOperationException(
                    "De ontwikkelaarsaanmelding (demomedewerkers zonder wachtwoord) start alleen in de Development-omgeving. " +
                    "Stel Microsoft Entra ID in (AzureAd:ClientId, TenantId, ClientSecret) of zet Auth:AllowDevSignIn=true " +
                    "als dit bewust een demo- of testomgeving is.");
            }

            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(o => ConfigureCookie(o, session));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<ClaimsCurrentUser>();
        services.AddScoped<ICurrentUser>(sp =>
            sp.GetRequiredService<ActorScope>().Actor ?? sp.GetRequiredService<ClaimsCurrentUser>());
        return builder;
    }

    public static IEndpointRouteBuilder MapPortalAuthEndpoints(this WebApplication app)
    {
        var entra = UsesEntraId(app.Configuration);
        if (entra)
        {
            app.MapGet("/auth/entra-sign-in", (string? returnUrl) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) },
                    [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous();
        }
        else
        {
            app.MapPost("/auth/dev-sign-in", DevSignInAsync).AllowAnonymous();
        }

        app.MapPost("/auth/sign-out", async (HttpContext context) =>
        {
            var audit = context.RequestServices.GetRequiredService<IAuditLog>();
            await audit.RecordAsync(new AuditRecord(AuditEventTypes.SignOut, AuditAction.SignOut));
            var schemes = entra
                ? new[] { CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme }
                : [CookieAuthenticationDefaults.AuthenticationScheme];
            return Results.SignOut(new AuthenticationProperties { RedirectUri = SignInPath + "?afgemeld=1" }, schemes);
        });
        return app;
    }

    /// <summary>One form POST signs a demo employee in (the form carries the antiforgery token).</summary>
    private static async Task<IResult> DevSignInAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] DevSignInForm form)
    {
        var employee = DemoStaff.Find(form.EmployeeId);
        if (employee is null)
        {
            return Results.Redirect(SignInPath + "?onbekend=1");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, employee.Id),
                new Claim(ClaimTypes.Name, employee.Name),
                new Claim("name", employee.Name),
                new Claim(ClaimTypes.Role, employee.Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        var principal = new ClaimsPrincipal(identity);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await AuditSignInAsync(context, principal);
        return Results.LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    private static async Task AuditSignInAsync(HttpContext context, ClaimsPrincipal principal)
    {
        context.User = principal;
        var audit = context.RequestServices.GetRequiredService<IAuditLog>();
        await audit.RecordAsync(new AuditRecord(AuditEventTypes.SignIn, AuditAction.SignIn));
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";

    private static void ConfigureCookie(CookieAuthenticationOptions o, TimeSpan session)
    {
        o.Cookie.Name = "PanteinExtra.Auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.LoginPath = SignInPath;
        o.AccessDeniedPath = AccessDeniedPath;
        o.ExpireTimeSpan = session;
        o.SlidingExpiration = true;
    }

    public sealed class DevSignInForm
    {
        public string? EmployeeId { get; set; }

        public string? ReturnUrl { get; set; }
    }
}
