using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace PanteinExtra.Benchmarks.Load;

/// <summary>The timed steps of one call, in the order an agent takes them.</summary>
internal static class Steps
{
    public const string SignIn = "sign in (2 requests)";
    public const string OpenSearch = "open /leden (page + circuit start)";
    public const string Search = "search by member number";
    public const string OpenHousehold = "open a household";
    public const string RecordCheck = "record the caller check";
    public const string EndCall = "end the call";
    public const string EndCallError = "end the call (the page showed an error)";
    public const string BackToSearch = "back to the search page";

    public static readonly string[] All = [SignIn, OpenSearch, Search, OpenHousehold, RecordCheck, EndCall, EndCallError, BackToSearch];

    /// <summary>The steps that are one interaction in an open circuit (dispatch until the render that shows the result).</summary>
    public static readonly string[] Interactions = [Search, OpenHousehold, RecordCheck, EndCall, EndCallError, BackToSearch];
}

/// <summary>
/// One call-centre agent: signs in with the development sign-in over plain HTTP, opens the member search in a headless
/// circuit and then takes calls in a loop: search a member number, open the household, record the caller check
/// (date of birth and postcode), end the call, back to the search. Each step is timed from the request or the
/// dispatched event until the render batch that shows its result; before each interaction the agent waits
/// <paramref name="thinkTime"/> (reading the screen, talking to the caller), which is not timed. With
/// <paramref name="endCallByLeaving"/> the agent does not press "Gesprek beëindigen" but goes back to the search: the call
/// then ends when the next household opens (the page does that for another household).
/// </summary>
internal sealed partial class AgentSession(
    Uri baseUri, string employeeId, IPAddress? sourceAddress, TimeSpan stepTimeout, TimeSpan thinkTime, bool endCallByLeaving = false) : IAsyncDisposable
{
    private readonly CookieContainer _cookies = new();
    private SocketsHttpHandler? _handler;
    private HttpClient? _http;

    public HeadlessCircuit? Circuit { get; private set; }

    /// <summary>A handler whose connections start from <paramref name="source"/>, so nginx's address hash can spread agents.</summary>
    public static SocketsHttpHandler Handler(IPAddress? source, CookieContainer? cookies) => new()
    {
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new CookieContainer(),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                if (source is not null)
                {
                    socket.Bind(new IPEndPoint(source, 0));
                }

                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public async Task SignInAndOpenSearchAsync(Action<string, double> record)
    {
        _http = new HttpClient(Handler(sourceAddress, _cookies)) { BaseAddress = baseUri, Timeout = stepTimeout };
        _handler = Handler(sourceAddress, null);
        var watch = Stopwatch.StartNew();
        var page = await _http.GetStringAsync("/aanmelden");
        var token = TokenPattern().Match(page) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("The sign-in page has no antiforgery token (is the development sign-in on?).");
        using var response = await _http.PostAsync("/auth/dev-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["EmployeeId"] = employeeId,
            ["ReturnUrl"] = "/leden",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The sign-in as {employeeId} answered {(int)response.StatusCode}.");
        }

        record(Steps.SignIn, watch.Elapsed.TotalMilliseconds);

        watch.Restart();
        await OpenSearchPageAsync();
        record(Steps.OpenSearch, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Circuits this agent started again with a fresh page (after an error on the page).</summary>
    public int Reloads { get; private set; }

    private async Task OpenSearchPageAsync()
    {
        var location = new Uri(baseUri, "/leden");
        var html = await _http!.GetStringAsync(location);
        Circuit = await HeadlessCircuit.StartAsync(baseUri, location, html, _cookies, _handler!, stepTimeout);
        await Circuit.WaitForAsync(SearchIsInteractive, stepTimeout, "the interactive search box");
    }

    /// <summary>What an agent does when the page shows an error: load the search page again (a new circuit), untimed.</summary>
    public async Task ReloadAsync()
    {
        Reloads++;
        if (Circuit is not null)
        {
            await Circuit.DisposeAsync();
            Circuit = null;
        }

        await OpenSearchPageAsync();
    }

    /// <summary>One call: search, open, check, end, back. Returns false when the member found cannot take a caller check (erased).</summary>
    public async Task<bool> TakeCallAsync(int memberIndex, Action<string, double> record)
    {
        var circuit = Circuit ?? throw new InvalidOperationException("Sign in first.");
        var memberNumber = (1_000_000 + memberIndex).ToString(CultureInfo.InvariantCulture);

        await Think();
        var input = circuit.Read(d => SearchInput(d)!);
        await circuit.InputAsync(input, memberNumber);
        var button = circuit.Read(d => d.ByTestId("member-search-button")!);
        var watch = Stopwatch.StartNew();
        await circuit.ClickAsync(button);
        await circuit.WaitForAsync(
            d => d.ByTestId("member-result-count") is not null
                && (d.ByTestId("member-result") is not null || d.ByTestId("member-result-erased") is not null || d.ByTestId("member-no-results") is not null),
            stepTimeout, $"the result of searching {memberNumber}");
        record(Steps.Search, watch.Elapsed.TotalMilliseconds);

        var link = circuit.Read(d => d.ByTestId("member-result"));

        if (link?.Attributes.GetValueOrDefault("href") is not { } href)
        {
            // Erased or not found: the next call searches on the same page.
            return false;
        }

        await Think();
        watch.Restart();
        await circuit.NavigateAsync(href);
        try
        {
            await circuit.WaitForAsync(d => CheckInput(d, "DateOfBirth") is not null || d.ByTestId("verified-banner") is not null, stepTimeout, "the caller check");
        }
        catch (TimeoutException)
        {
            Dump(circuit);
            throw;
        }

        record(Steps.OpenHousehold, watch.Elapsed.TotalMilliseconds);

        if (circuit.Read(d => CheckInput(d, "DateOfBirth")) is { } dateOfBirth)
        {
            await circuit.ChangeAsync(dateOfBirth, true);
            await circuit.ChangeAsync(circuit.Read(d => CheckInput(d, "PostcodeAndHouseNumber")!), true);
            await Think();
            var recordButton = circuit.Read(d => d.ByTestId("caller-check-record")!);
            watch.Restart();
            await circuit.ClickAsync(recordButton);
            // A protected household asks for a stated reason after the check; the agent then ends the call.
            await circuit.WaitForAsync(
                d => d.ByTestId("verified-banner") is not null || (d.ByTestId("reason-required") is not null && d.ByTestId("caller-check") is null),
                stepTimeout, "the verified banner");
            record(Steps.RecordCheck, watch.Elapsed.TotalMilliseconds);
        }

        if (endCallByLeaving)
        {
            await BackToSearchAsync(record);
            return true;
        }

        await Think();
        var endCall = circuit.Read(d => d.ByTestId("end-call")!);
        watch.Restart();
        await circuit.ClickAsync(endCall);
        await circuit.WaitForAsync(
            d => (d.ByTestId("verified-banner") is null && d.ByTestId("caller-check") is not null) || d.ByTestId("geen-toegang") is not null,
            stepTimeout, "the caller check after the call ended");
        if (circuit.Read(d => d.ByTestId("geen-toegang") is not null))
        {
            // The layout's error boundary took the page; it stays until the page is loaded again.
            record(Steps.EndCallError, watch.Elapsed.TotalMilliseconds);
            await ReloadAsync();
            return true;
        }

        record(Steps.EndCall, watch.Elapsed.TotalMilliseconds);

        await BackToSearchAsync(record);
        return true;
    }

    private async Task BackToSearchAsync(Action<string, double> record)
    {
        var circuit = Circuit!;
        await Think();
        var watch = Stopwatch.StartNew();
        await circuit.NavigateAsync("/leden");
        await circuit.WaitForAsync(d => SearchIsInteractive(d) && d.ByTestId("member-results") is null, stepTimeout, "the empty search page");
        record(Steps.BackToSearch, watch.Elapsed.TotalMilliseconds);
    }

    private Task Think() => thinkTime > TimeSpan.Zero ? Task.Delay(thinkTime) : Task.CompletedTask;

    private static void Dump(HeadlessCircuit circuit)
    {
        if (Environment.GetEnvironmentVariable("PANTEIN_LOAD_TRACE") == "1")
        {
            Console.WriteLine(circuit.Location);
            Console.WriteLine(circuit.Read(d => string.Join("\n", d.Elements().Where(e => e.TestId is not null).Select(e => e + " events:" + string.Join(",", e.Events.Keys)))));
        }
    }

    private static bool SearchIsInteractive(RenderedDom dom) =>
        SearchInput(dom) is not null && dom.ByTestId("member-search-button") is { } button && button.Events.ContainsKey("click") && !button.Attributes.ContainsKey("disabled");

    private static DomElement? SearchInput(RenderedDom dom) =>
        dom.ByTestId("member-search-input") is { } input && input.Events.ContainsKey("input") ? input : null;

    /// <summary>The checkbox input of one identity check (MudCheckBox puts the test id on the input).</summary>
    private static DomElement? CheckInput(RenderedDom dom, string check) =>
        dom.ByTestId($"check-{check}") is { } box
            ? RenderedDom.Descendants(box).Prepend(box).FirstOrDefault(e => e.Name == "input" && e.Events.ContainsKey("change"))
            : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async ValueTask DisposeAsync()
    {
        if (Circuit is not null)
        {
            await Circuit.DisposeAsync();
        }

        _http?.Dispose();
        _handler?.Dispose();
    }
}
