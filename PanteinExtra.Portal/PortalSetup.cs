using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Services;
using PanteinExtra.Core;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Auditing.Chain;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.DemoData;
using PanteinExtra.Portal.Auth;
using PanteinExtra.Portal.Components;
using PanteinExtra.Portal.Components.Shared;
using PanteinExtra.Portal.Features.AccessLog;
using PanteinExtra.Portal.Features.Breaches;
using PanteinExtra.Portal.Features.Intake;
using PanteinExtra.Portal.Features.LogControl;
using PanteinExtra.Portal.Features.Members.SignUp;
using PanteinExtra.Portal.Features.Register;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Portal.Features.Retention;
using PanteinExtra.Portal.Operations;

namespace PanteinExtra.Portal;

public static class PortalSetup
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static WebApplicationBuilder AddPortalServices(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = Dutch;
        CultureInfo.DefaultThreadCurrentUICulture = Dutch;

        var database = ReadDatabaseOptions(builder.Configuration, builder.Environment);
        var retention = builder.Configuration.GetSection("Retention").Get<RetentionOptions>() ?? new RetentionOptions();
        builder.Services.AddSingleton(retention);
        builder.Services.AddSingleton(AuditChainOptions.For(database, builder.Configuration.GetSection("AuditChain").Get<AuditChainOptions>()));
        builder.Services.AddSingleton(builder.Configuration.GetSection("LogControl").Get<LogControlOptions>() ?? new LogControlOptions());
        builder.Services.AddSingleton(builder.Configuration.GetSection(MembershipOptions.Section).Get<MembershipOptions>() ?? new MembershipOptions());
        builder.Services.AddSingleton(builder.Configuration.GetSection("LogControl:Report").Get<ControlReportOptions>() ?? new ControlReportOptions());
        builder.Services.AddPanteinCore(database);
        builder.Services.AddDemoData();
        if (retention.RunBackgroundWork)
        {
            builder.Services.AddRetentionBackgroundWork();
            builder.Services.AddAuditingBackgroundWork();
            builder.Services.AddLogControlBackgroundWork();
        }

        builder.AddPortalAuthentication();
        builder.AddIntakeEndpoints();

        builder.AddPortalOperations(database);

        // The largest message a circuit accepts from the browser. Text inputs carry maxlength (TextField), so a paste of
        // 100,000 characters arrives cut to just over the field's limit and gets its Dutch length message; this limit
        // only has to fit the longest field a form edits: a request letter of 20,000 characters, at most about 60 KB
        // as UTF-8 in the event message. Anything bigger is refused and drops the circuit, so it stays well above that.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 64 * 1024);
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        builder.AddTransportSecurity();
        builder.Services.AddMudServices(c =>
        {
            c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            c.SnackbarConfiguration.PreventDuplicates = true;
        });
        builder.Services.AddTransient<MudLocalizer, DutchMudLocalizer>();
        return builder;
    }

    public static async Task InitialisePortalDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseInitializer>().InitialiseAsync();

    public static WebApplication UsePortal(this WebApplication app)
    {
        // First: behind a TLS-terminating proxy the request is https from here on (cookies Secure, redirects https, HSTS).
        // Only with proxies listed: with empty lists the middleware would believe anyone's forwarded headers.
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Never a stack trace in the browser: a Dutch error page, and the details in the structured log.
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
            app.UseHsts();

            // Load balancers probe /health on plain http; everything else moves to https.
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), b => b.UseHttpsRedirection());
        }

        app.UseStatusCodePagesWithReExecute("/niet-gevonden", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(Dutch);
            o.SupportedCultures = [Dutch];
            o.SupportedUICultures = [Dutch];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapPortalHealth();
        app.MapStaticAssets().AllowAnonymous();
        app.MapPortalAuthEndpoints();
        app.MapRegisterEndpoints();
        app.MapRetentionEndpoints();
        app.MapRequestEndpoints();
        app.MapBreachEndpoints();
        app.MapAccessLogEndpoints();
        app.MapControlReportEndpoints();
        app.MapWelcomeLetterEndpoint();
        app.MapIntakeEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// Forwarded headers (X-Forwarded-For, X-Forwarded-Proto) are believed only from the proxies listed in
    /// <c>ForwardedHeaders:KnownProxies</c> (IP addresses); nothing else is trusted, not even loopback. Outside
    /// Development http is redirected to https on <c>HttpsRedirection:HttpsPort</c> (443 behind a proxy).
    /// </summary>
    private static void AddTransportSecurity(this WebApplicationBuilder builder)
    {
        var proxies = (builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => IPAddress.TryParse(p.Trim(), out var ip)
                ? ip
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies bevat '{p}', dat is geen IP-adres."))
            .ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            proxies.ForEach(o.KnownProxies.Add);
        });
        builder.Services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue<int?>("HttpsRedirection:HttpsPort"));
    }

    /// <summary>`Database:Provider` (Sqlite | Postgres) and `ConnectionStrings:Portal`; SQLite defaults to App_Data/portal.db.</summary>
    internal static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(environment.ContentRootPath, "App_Data", "portal.db")}"
                : throw new InvalidOperationException("Database:Provider is Postgres, but ConnectionStrings:Portal is empty.");
        }

        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = connectionString,
            SeedDemoData = configuration.GetValue("Database:SeedDemoData", true),
        };
    }
}
