using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;
using PanteinExtra.Core.Retention;
using PanteinExtra.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace PanteinExtra.Tests.Integration;

/// <summary>
/// docs/deployment.md for real: two portal processes on one PostgreSQL database behind Debian's nginx, loopback only,
/// one bounded run (ADR 181). PostgreSQL only: SQLite is the one-instance engine.
/// </summary>
[Trait("Engine", "PostgresOnly")]
public sealed class TwoInstancesTests(ITestOutputHelper output)
{
    private const string IntakeKey = "ontwikkel-sleutel-hoofdsite-niet-voor-productie";
    private static readonly IPAddress BrowserAddress = IPAddress.Loopback;

    [PostgresFact]
    public async Task TwoInstancesBehindNginx_ShareSignIns_KeepEachCircuitOnItsInstance_WriteOneAuditChain_RunEachNightlyJobOnce_AndLoseNothingWhenOneStops()
    {
        await using var cluster = new TwoPortalsBehindNginx();
        try
        {
            await RunAsync(cluster).WaitAsync(TimeSpan.FromMinutes(4));
        }
        catch
        {
            output.WriteLine(cluster.Diagnostics());
            throw;
        }
    }

    private static async Task RunAsync(TwoPortalsBehindNginx cluster)
    {
        // Both instances start at the same moment with the nightly log control and the daily retention preview due,
        // and look again every second.
        await cluster.StartAsync(new Dictionary<string, string>
        {
            ["Retention:ScheduledPreviewHour"] = "0",
            ["Retention:ScheduleInterval"] = "00:00:01",
            ["LogControl:NightlyHour"] = "0",
            ["LogControl:ScheduleInterval"] = "00:00:01",
        });
        var (first, second) = (cluster.Instances[0], cluster.Instances[1]);

        await ASignInOnOneInstance_IsValidOnTheOther(first, second);
        var clients = await EachInstanceHasAClientAddress_ThatNginxKeepsThere(cluster);
        await TheBrowsersCircuit_StaysOnItsInstance_AndReconnectsThereAfterNginxRestarts(cluster);
        var references = await BothInstancesWritingAtOnce_LeaveOneUnbrokenAuditChain(cluster);
        await StoppingOneInstance_LosesNoSavedData_AndItsUserContinuesOnTheOther(cluster, clients, references);
        await TheNightlyJobs_RanOnceAcrossBothInstances(cluster);
    }

    private static async Task ASignInOnOneInstance_IsValidOnTheOther(PortalInstance first, PortalInstance second)
    {
        var cookies = new CookieContainer();
        using var onFirst = Loopback.ClientFrom(BrowserAddress, first.Url, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalFactory.SignInAsync(onFirst, DemoEmployees.For(Roles.CallCentre))).StatusCode);

        // The same cookies (cookies do not tell ports apart) at the other instance: it reads the session cookie with the
        // data-protection keys from the database and knows the session.
        using var onSecond = Loopback.ClientFrom(BrowserAddress, second.Url, cookies);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/")).StatusCode);
        using var anonymous = Loopback.ClientFrom(BrowserAddress, second.Url);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/")).StatusCode);
    }

    /// <summary>Client addresses 127.0.0.2, .3, ...: one that nginx sends to each instance, every time.</summary>
    private static async Task<Dictionary<PortalInstance, IPAddress>> EachInstanceHasAClientAddress_ThatNginxKeepsThere(TwoPortalsBehindNginx cluster)
    {
        var found = new Dictionary<PortalInstance, IPAddress>();
        for (var last = 2; last < 100 && found.Count < 2; last++)
        {
            var address = IPAddress.Parse($"127.0.0.{last}");
            using var client = Loopback.ClientFrom(address, cluster.NginxUrl);
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            }

            await Task.Delay(100);
            var upstreams = cluster.UpstreamsFor(address, "/health/live").Distinct().ToList();
            Assert.Single(upstreams);
            found.TryAdd(cluster.Instances.Single(i => i.Upstream == upstreams[0]), address);
        }

        Assert.Equal(2, found.Count);
        return found;
    }

    private static async Task TheBrowsersCircuit_StaysOnItsInstance_AndReconnectsThereAfterNginxRestarts(TwoPortalsBehindNginx cluster)
    {
        Household household;
        await using (var db = cluster.Setup.Database.RawDb())
        {
            household = await db.Households.AsNoTracking().Where(h => h.Status == MembershipStatus.Active).OrderBy(h => h.MemberNumber).FirstAsync();
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = cluster.NginxUrl, Locale = "nl-NL" });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByTestId($"sign-in-{DemoEmployees.For(Roles.CallCentre)}").ClickAsync();
        try
        {
            await Assertions.Expect(page.GetByTestId("member-search-input")).ToBeVisibleAsync();
            await BrowserFixture.WaitForInteractiveAsync(page);
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"After signing in at {page.Url}: {await page.ContentAsync()}", ex);
        }

        // State that lives only in the circuit: the search term typed, not yet searched for.
        await page.GetByTestId("member-search-input").FillAsync(household.MemberNumber);
        await Task.Delay(500);

        // nginx stops: the circuit's WebSocket drops (the browser shows it is reconnecting), the browser is offline a
        // few seconds, then a new nginx passes the reconnect on.
        await cluster.StopNginxAsync();
        await context.SetOfflineAsync(true);
        var reconnecting = page.GetByTestId("verbinding-herstellen");
        await Assertions.Expect(reconnecting).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(reconnecting).ToContainTextAsync("De verbinding met het portaal is even weg.");
        await Task.Delay(3000);
        await context.SetOfflineAsync(false);
        await cluster.StartNginxAsync();
        await Assertions.Expect(reconnecting).ToBeHiddenAsync(new() { Timeout = 60_000 });

        // The same circuit: it still holds the typed term and searches with it.
        await page.GetByTestId("member-search-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-result")).ToHaveCountAsync(1);

        // Through nginx, over WebSockets (logged when they close), and every connection of the circuit (the first and
        // the reconnect, each negotiated anew) went to one instance.
        await context.CloseAsync();
        await Task.Delay(500);
        var negotiations = cluster.UpstreamsFor(BrowserAddress, "/_blazor/negotiate");
        Assert.True(negotiations.Count >= 2, $"Expected the circuit's first connection and its reconnect in nginx's log, found {negotiations.Count}.");
        Assert.Single(cluster.UpstreamsFor(BrowserAddress, "/").Distinct());
        Assert.Contains(File.ReadAllLines(cluster.AccessLogPath), l => l.StartsWith("127.0.0.1 GET /_blazor?id=", StringComparison.Ordinal) && l.EndsWith(" 101", StringComparison.Ordinal));
    }

    /// <summary>For 15 seconds, three website clients per instance submit questions straight to their instance.</summary>
    private static async Task<Dictionary<PortalInstance, List<string>>> BothInstancesWritingAtOnce_LeaveOneUnbrokenAuditChain(TwoPortalsBehindNginx cluster)
    {
        var references = cluster.Instances.ToDictionary(i => i, _ => new List<string>());
        var until = DateTime.UtcNow.AddSeconds(15);
        var writers = cluster.Instances.SelectMany(instance => Enumerable.Range(0, 3).Select(async n =>
        {
            using var client = Loopback.ClientFrom(BrowserAddress, instance.Url);
            client.DefaultRequestHeaders.Add("X-Api-Key", IntakeKey);
            while (DateTime.UtcNow < until)
            {
                var response = await client.PostAsJsonAsync("/api/intake/v1/vraag", new { name = "Piet Puk", email = "piet@example.nl", subject = $"Vraag {n}", text = "Waar blijft mijn pas?" });
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
                lock (references)
                {
                    references[instance].Add(reference);
                }
            }
        })).ToList();
        await Task.WhenAll(writers);

        await AssertOneUnbrokenChainAsync(cluster);
        await using var db = cluster.Setup.Database.RawDb();
        foreach (var (instance, written) in references)
        {
            Assert.NotEmpty(written);
            var ids = await db.IntakeItems.Where(i => written.Contains(i.Reference)).Select(i => i.Id.ToString()).ToListAsync();
            Assert.Equal(written.Count, ids.Count);
            Assert.Equal(written.Count, await db.AuditEvents.CountAsync(e => e.EventType == IntakeEventTypes.Submit && ids.Contains(e.TargetId!)));
        }

        return references;
    }

    private static async Task AssertOneUnbrokenChainAsync(TwoPortalsBehindNginx cluster)
    {
        await using var db = cluster.Setup.Database.RawDb();
        var chain = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.PreviousHash, e.Hash }).ToListAsync();
        Assert.NotEmpty(chain);
        for (var i = 0; i < chain.Count; i++)
        {
            Assert.Equal(i + 1L, chain[i].Sequence);
            Assert.Equal(i == 0 ? null : chain[i - 1].Hash, chain[i].PreviousHash);
        }

        Assert.Equal(chain.Count, chain.Select(e => e.PreviousHash).Distinct().Count());
        await using var scope = cluster.Setup.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(chain.Count, verification.EventsChecked);
    }

    /// <summary>Both instances started with the jobs due and have looked every second since: one run of each.</summary>
    private static async Task TheNightlyJobs_RanOnceAcrossBothInstances(TwoPortalsBehindNginx cluster)
    {
        await using var db = cluster.Setup.Database.RawDb();
        var yesterday = DutchTime.Today(TimeProvider.System).AddDays(-1);
        var controls = await db.ControlRuns.AsNoTracking().Where(r => r.Day == yesterday).Select(r => $"{r.Day} {r.StartedAtUtc:O} {r.RunBy}").ToListAsync();
        var previews = await db.RetentionRuns.AsNoTracking().Where(r => r.Origin == RetentionRunOrigin.Scheduled).Select(r => $"{r.Number} {r.AsOfDate}").ToListAsync();
        Assert.True(controls.Count == 1 && previews.Count == 1, $"Control runs: {string.Join("; ", controls)}. Scheduled previews: {string.Join("; ", previews)}.");
    }

    private static async Task StoppingOneInstance_LosesNoSavedData_AndItsUserContinuesOnTheOther(
        TwoPortalsBehindNginx cluster, Dictionary<PortalInstance, IPAddress> clients, Dictionary<PortalInstance, List<string>> references)
    {
        var (stopped, remaining) = (cluster.Instances[1], cluster.Instances[0]);
        var address = clients[stopped];
        using var user = Loopback.ClientFrom(address, cluster.NginxUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalFactory.SignInAsync(user, DemoEmployees.For(Roles.CallCentre))).StatusCode);
        user.DefaultRequestHeaders.Add("X-Api-Key", IntakeKey);
        var saved = await user.PostAsJsonAsync("/api/intake/v1/vraag", new { name = "Piet Puk", email = "piet@example.nl", subject = "Vlak voor de stop", text = "Is dit bewaard?" });
        Assert.Equal(HttpStatusCode.Accepted, saved.StatusCode);
        var reference = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        await Task.Delay(100);
        Assert.Equal(new[] { stopped.Upstream }, cluster.UpstreamsFor(address, "/").Distinct());

        // SIGTERM: the instance stops gracefully (ADR 101) and exits by itself.
        Assert.True(await stopped.Process.TerminateAsync(TimeSpan.FromSeconds(70)), "The instance did not stop within 70 s of SIGTERM.");
        Assert.Equal(0, stopped.Process.ExitCode);

        // Its user signs in again through nginx, lands on the other instance and works on.
        user.DefaultRequestHeaders.Remove("X-Api-Key");
        Assert.Equal(HttpStatusCode.Redirect, (await PortalFactory.SignInAsync(user, DemoEmployees.For(Roles.CallCentre))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
        await Task.Delay(100);
        Assert.Equal(remaining.Upstream, cluster.UpstreamsFor(address, "/").Last());

        // Nothing saved on the stopped instance is lost, and the chain is still whole.
        await using var db = cluster.Setup.Database.RawDb();
        var all = references.Values.SelectMany(r => r).Append(reference).ToList();
        Assert.Equal(all.Count, await db.IntakeItems.CountAsync(i => all.Contains(i.Reference)));
        await AssertOneUnbrokenChainAsync(cluster);
    }
}

/// <summary>A fact that needs a PostgreSQL server (PANTEIN_TEST_POSTGRES): skipped, not failed, without one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = $"Needs PostgreSQL: set {TestDatabase.PostgresVariable} (scripts/test.sh does in its PostgreSQL pass).";
        }
    }
}
