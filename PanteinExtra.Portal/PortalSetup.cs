using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Services;
using PanteinExtra.Core;
using PanteinExtra.Core.Data;
using PanteinExtra.Core.Retention;
using PanteinExtra.DemoData;
using PanteinExtra.Portal.Auth;
using PanteinExtra.Portal.Components;
using PanteinExtra.Portal.Components.Shared;
using PanteinExtra.Portal.Features.Register;
using PanteinExtra.Portal.Features.Requests;
using PanteinExtra.Portal.Features.Retention;

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
        builder.Services.AddPanteinCore(database);
        builder.Services.AddDemoData();
        if (retention.RunBackgroundWork)
        {
            builder.Services.AddRetentionBackgroundWork();
        }

        builder.AddPortalAuthentication();

        builder.Services.AddDataProtection()
            .SetApplicationName("PanteinExtra.Portal")
            .PersistKeysToDbContext<PortalDbContext>();

        // A real query, not just "can open": SQLite opens (and creates) any file.
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>(
            "database",
            customTestQuery: async (db, ct) => await db.AuditEvents.AsNoTracking().Select(e => e.Sequence).FirstOrDefaultAsync(ct) >= 0);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
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
        if (!app.Environment.IsDevelopment())
        {
            // Never a stack trace in the browser: a Dutch error page, and the details in the structured log.
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
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
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapPortalAuthEndpoints();
        app.MapRegisterEndpoints();
        app.MapRetentionEndpoints();
        app.MapRequestEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
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
