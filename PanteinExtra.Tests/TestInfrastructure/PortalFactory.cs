using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.LogControl;
using PanteinExtra.Portal.Auth;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// The real portal (Development environment, development sign-in) over its own test database with the real
/// migrations. <see cref="UseRealServer"/> makes it listen on a loopback port for the browser tests.
/// </summary>
public class PortalFactory(TestDatabase? sharedDatabase = null) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = sharedDatabase ?? new TestDatabase();
    private readonly bool _ownsDatabase = sharedDatabase is null;

    /// <summary>Fill the database with the first-run demo data (as a newcomer's first start does).</summary>
    public bool SeedDemoData { get; init; }

    public string Environment { get; init; } = "Development";

    /// <summary>Run the retention background loops (daily preview, run worker). Off unless a test needs them.</summary>
    public bool RunBackgroundWork { get; init; }

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Services replaced for a test, after the portal's own (e.g. a handler that trusts a test certificate).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>
    /// The demo employees stand in the staff directory with a current confirmation of the duty of confidentiality (as the
    /// demo data gives them, and as every employee does on first sign-in). Off for a test of the confirmation itself.
    /// </summary>
    public bool ConfirmDemoStaff { get; init; } = true;

    public string ConnectionString => _database.ConnectionString;

    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Portal", _database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Retention:RunBackgroundWork", RunBackgroundWork ? "true" : "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (ConfirmDemoStaff)
        {
            ConfirmStaff(host.Services.GetRequiredService<TimeProvider>());
        }

        return host;
    }

    private void ConfirmStaff(TimeProvider clock)
    {
        using var db = _database.RawDb();
        var present = db.StaffDirectory.Select(s => s.UserId).ToList();
        foreach (var employee in DemoStaff.All.Where(e => !present.Contains(e.Id)))
        {
            var entry = new StaffDirectoryEntry { UserId = employee.Id, Name = employee.Name, Surname = employee.Name.Split(' ')[^1] };
            entry.ConfirmConfidentiality(DutchTime.Today(clock));
            db.StaffDirectory.Add(entry);
        }

        db.SaveChanges();
    }

    /// <summary>Starts real Kestrel on 127.0.0.1 with a free port and returns the base address.</summary>
    public string UseRealServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var server = Services.GetRequiredService<IServer>();
        return server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>
    /// A client that keeps cookies but does not follow redirects, so tests can see them. Outside Development the portal
    /// redirects http to https, so there the client speaks https (as a browser behind the proxy would).
    /// </summary>
    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(Environment == "Development" ? "http://localhost" : "https://localhost"),
        });

    /// <summary>Signs a demo employee in with one form POST, as a script would.</summary>
    public async Task<HttpClient> SignedInClientAsync(string employeeId)
    {
        var client = CreateBrowserlikeClient();
        var response = await SignInAsync(client, employeeId);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {employeeId} answered {response.StatusCode}.");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string employeeId, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/aanmelden");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/auth/dev-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["EmployeeId"] = employeeId,
            ["ReturnUrl"] = returnUrl,
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            _database.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
