using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Sessions;

namespace PanteinExtra.Portal.Auth;

/// <summary>
/// Two ways in: Microsoft Entra ID when <c>AzureAd:ClientId</c> is set, otherwise the development sign-in with
/// demo staff (Development only, unless <c>Auth:AllowDevSignIn</c>). Either way: deny by default, and every sign-in
/// opens a server-side session (<see cref="SessionService"/>) that each request and each live circuit confirms.
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
        var sessionOptions = new StaffSessionOptions
        {
            IdleTimeout = TimeSpan.FromMinutes(configuration.GetValue("Auth:IdleMinutes", 30)),
            MaximumDuration = TimeSpan.FromMinutes(configuration.GetValue("Auth:SessionMinutes", 480)),
        };
        services.Replace(ServiceDescriptor.Singleton(sessionOptions));
        services.AddSingleton(new CircuitRevalidation(TimeSpan.FromSeconds(configuration.GetValue("Auth:RevalidationSeconds", 60))));
        var session = sessionOptions.MaximumDuration;

        if (UsesEntraId(configuration))
        {
            services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                // The authorization code flow with PKCE and the client secret: no token passes through the browser.
                o.ResponseType = Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectResponseType.Code;
                // The handler maps the token's "roles" to ClaimTypes.Role (and "oid" to the object identifier URI): the identity
                // must look for roles there, or no [Authorize(Roles = ...)] ever passes (EntraSignInJourneyTests).
                o.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
                o.TokenValidationParameters.NameClaimType = "name";
                var inner = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await inner(context);
                    if (context.Principal is { } principal)
                    {
                        await SessionCookieEvents.StartSessionAsync(context.HttpContext, principal);
                        await AuditSignInAsync(context.HttpContext, principal);
                    }
                };

                // A refused token (another tenant, a wrong signature, an expired or replayed answer) is logged and
                // audited, and the employee sees it on our sign-in page in Dutch, never an exception page.
                o.Events.OnRemoteFailure = async context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalAuthentication))
                        .LogWarning(context.Failure, "Sign-in through Entra ID refused");
                    await context.HttpContext.RequestServices.GetRequiredService<IAuditLog>()
                        .RecordAsync(new AuditRecord(AuditEventTypes.SignIn, AuditAction.SignIn) { Outcome = AuditOutcome.Failed });
                    context.HandleResponse();
                    context.Response.Redirect(SignInPath + "?mislukt=1");
                };

                // A request whose session just ended goes to our sign-in page (which says why), not straight to Microsoft.
                var redirect = o.Events.OnRedirectToIdentityProvider;
                o.Events.OnRedirectToIdentityProvider = async context =>
                {
                    if (context.HttpContext.Items.ContainsKey(SessionCookieEvents.EndedItem))
                    {
                        context.HandleResponse();
                        var returnUrl = context.HttpContext.Request.PathBase + context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
                        context.Response.Redirect(SessionCookieEvents.WithEndReason(
                            context.HttpContext, $"{SignInPath}?ReturnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}"));
                        return;
                    }

                    await redirect(context);
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
        services.AddScoped<AuthenticationStateProvider, SessionAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, SessionActivityCircuitHandler>();
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

        // The sign-out form carries the antiforgery token (<AntiforgeryToken /> in CurrentUserBadge): no other site can
        // sign an employee out. The server-side session ends first, so every copy of the cookie is dead at once.
        app.MapPost("/auth/sign-out", async (HttpContext context) =>
            {
                if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                {
                    // With a body, so the status-code pages do not re-execute this POST (with its failed token) as a page.
                    return Results.Text(
                        "Afmelden is geweigerd: het formulier is verlopen of komt niet van het privacyportaal. Vernieuw de pagina en meld u opnieuw af.",
                        "text/plain; charset=utf-8",
                        statusCode: StatusCodes.Status400BadRequest);
                }

                if (PortalClaims.SessionIdOf(context.User) is { } sessionId)
                {
                    await context.RequestServices.GetRequiredService<SessionService>().SignOutAsync(sessionId, context.RequestAborted);
                }

                var audit = context.RequestServices.GetRequiredService<IAuditLog>();
                await audit.RecordAsync(new AuditRecord(AuditEventTypes.SignOut, AuditAction.SignOut));
                var schemes = entra
                    ? new[] { CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme }
                    : [CookieAuthenticationDefaults.AuthenticationScheme];
                return Results.SignOut(new AuthenticationProperties { RedirectUri = SignInPath + "?afgemeld=1" }, schemes);
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
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
        await SessionCookieEvents.StartSessionAsync(context, principal);
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

    /// <summary>
    /// The cookie lives no longer than the longest session and carries the session id; the server decides on every
    /// request whether that session is still open (<see cref="SessionCookieEvents"/>). Secure whenever the request is
    /// https, also behind a TLS-terminating proxy (forwarded headers, <c>ForwardedHeaders:KnownProxies</c>).
    /// </summary>
    private static void ConfigureCookie(CookieAuthenticationOptions o, TimeSpan session)
    {
        o.Cookie.Name = "PanteinExtra.Auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = SignInPath;
        o.AccessDeniedPath = AccessDeniedPath;
        o.ExpireTimeSpan = session;
        o.SlidingExpiration = false;
        o.Events.OnValidatePrincipal = SessionCookieEvents.ValidatePrincipalAsync;
        var redirectToLogin = o.Events.OnRedirectToLogin;
        o.Events.OnRedirectToLogin = context =>
        {
            context.RedirectUri = SessionCookieEvents.WithEndReason(context.HttpContext, context.RedirectUri);
            return redirectToLogin(context);
        };
    }

    public sealed class DevSignInForm
    {
        public string? EmployeeId { get; set; }

        public string? ReturnUrl { get; set; }
    }
}
