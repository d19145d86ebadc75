using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace PanteinExtra.Benchmarks.Load;

/// <summary>
/// A Blazor Web App circuit without a browser: the SignalR connection to /_blazor with the blazorpack protocol, started
/// the way blazor.web.js starts it (StartCircuit with no components, then UpdateRootComponents with the prerendered
/// component markers), render batches applied to a <see cref="RenderedDom"/> and acknowledged, JavaScript interop calls
/// answered with a plausible result (null), navigation carried out as the browser's interactive router does
/// (OnLocationChanged), and events dispatched through the renderer's interop object (DispatchEventAsync).
/// </summary>
internal sealed partial class HeadlessCircuit : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly RenderedDom _dom = new();
    private readonly object _gate = new();
    private readonly List<(Func<RenderedDom, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly Uri _baseUri;
    private long _nextCallId;
    private long _nextJsObjectId;
    private long _rendererInteropObjectId = -1;
    private long _lastBatchId;
    private readonly TaskCompletionSource _interopReady = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly HttpMessageHandler _handler;

    private HeadlessCircuit(HubConnection connection, Uri baseUri, Uri location, HttpMessageHandler handler)
    {
        _connection = connection;
        _handler = handler;
        _baseUri = baseUri;
        Location = location;
        _connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJSAsync);
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", (_, _, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        _connection.On<string>("JS.Error", error => Fail(new InvalidOperationException($"The circuit reported an error: {error}")));
        _connection.Closed += e =>
        {
            Fail(new InvalidOperationException("The circuit's connection closed.", e));
            return Task.CompletedTask;
        };
    }

    public Uri Location { get; private set; }

    public string? CircuitId { get; private set; }

    public Exception? Failure { get; private set; }

    public long RenderBatches => Interlocked.Read(ref _lastBatchId);

    public bool IsConnected => _connection.State == HubConnectionState.Connected && Failure is null;

    /// <summary>
    /// Connects to the circuit hub of the page at <paramref name="location"/> whose prerendered HTML is <paramref name="html"/>,
    /// starts the circuit with its interactive root components and waits until they rendered.
    /// </summary>
    public static async Task<HeadlessCircuit> StartAsync(
        Uri baseUri, Uri location, string html, CookieContainer cookies, HttpMessageHandler handler, TimeSpan timeout)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, "_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, ct) =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.SetRequestHeader("Cookie", cookies.GetCookieHeader(baseUri));
                    await socket.ConnectAsync(context.Uri, new HttpMessageInvoker(handler, disposeHandler: false), ct);
                    return socket;
                };
            });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var circuit = new HeadlessCircuit(builder.Build(), baseUri, location, handler);
        using var cancel = new CancellationTokenSource(timeout);
        await circuit._connection.StartAsync(cancel.Token);

        var (operations, state) = RootComponentOperations(html);
        circuit.CircuitId = await circuit._connection.InvokeAsync<string?>("StartCircuit", baseUri.ToString(), location.ToString(), "[]", state, cancel.Token)
            ?? throw new InvalidOperationException("The server did not start a circuit.");
        await circuit._connection.SendAsync("UpdateRootComponents", operations, state, cancel.Token);
        await circuit._interopReady.Task.WaitAsync(cancel.Token);
        return circuit;
    }

    /// <summary>
    /// The first UpdateRootComponents batch for the page: one "add" per interactive server component marker
    /// (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>), as blazor.web.js sends them, and the persisted component state.
    /// </summary>
    public static (string Operations, string State) RootComponentOperations(string html)
    {
        var operations = new JsonArray();
        var uniqueId = 0;
        foreach (Match match in MarkerPattern().Matches(html))
        {
            var marker = JsonNode.Parse(match.Groups["json"].Value)!.AsObject();
            if ((string?)marker["type"] != "server")
            {
                continue;
            }

            marker["uniqueId"] = uniqueId;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = uniqueId + 1, ["marker"] = marker });
            uniqueId++;
        }

        if (operations.Count == 0)
        {
            throw new InvalidOperationException("The page has no interactive server component markers.");
        }

        var state = StatePattern().Match(html) is { Success: true } found ? found.Groups["state"].Value : "";
        return (new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(), state);
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StatePattern();

    /// <summary>Reads the page under the lock that render batches take.</summary>
    public T Read<T>(Func<RenderedDom, T> read)
    {
        lock (_gate)
        {
            return read(_dom);
        }
    }

    /// <summary>Completes once a render batch (or the page as it is) satisfies <paramref name="condition"/>.</summary>
    public async Task WaitForAsync(Func<RenderedDom, bool> condition, TimeSpan timeout, string what)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Failure is not null)
            {
                throw new InvalidOperationException($"Waiting for {what}: the circuit failed.", Failure);
            }

            if (condition(_dom))
            {
                return;
            }

            _waiters.Add((condition, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            string shown;
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
                shown = string.Join(", ", _dom.Elements().Select(e => e.TestId).OfType<string>().Distinct().Order(StringComparer.Ordinal));
            }

            throw new TimeoutException($"No render showed {what} within {timeout.TotalSeconds:0} s (at {Location}; test ids on the page: {shown}).");
        }
    }

    public Task ClickAsync(DomElement element) => DispatchAsync(element, "click", new { detail = 1, button = 0, buttons = 0, type = "click" });

    public Task ChangeAsync(DomElement element, object value) => DispatchAsync(element, "change", new { value });

    public Task InputAsync(DomElement element, string value) => DispatchAsync(element, "input", new { value });

    public Task KeyUpAsync(DomElement element, string key) => DispatchAsync(element, "keyup", new { key, code = key, type = "keyup" });

    /// <summary>Dispatches a browser event to the handler the element has for it, as the browser's event delegator does.</summary>
    public async Task DispatchAsync(DomElement element, string eventName, object eventArgs)
    {
        ulong handlerId;
        lock (_gate)
        {
            if (!element.Events.TryGetValue(eventName, out handlerId))
            {
                throw new InvalidOperationException($"{element} has no {eventName} handler (it has {string.Join(", ", element.Events.Keys)}).");
            }
        }

        var descriptor = new { eventHandlerId = handlerId, eventName, eventFieldInfo = (object?)null };
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _connection.SendAsync(
            "BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInteropObjectId, JsonSerializer.Serialize(new object[] { descriptor, eventArgs }));
    }

    /// <summary>Follows a link inside the app as the interactive router does when the browser intercepts the click.</summary>
    public Task NavigateAsync(string relativeOrAbsolute)
    {
        Location = new Uri(_baseUri, relativeOrAbsolute);
        return _connection.SendAsync("OnLocationChanged", Location.ToString(), null, true);
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] data)
    {
        string? error = null;
        try
        {
            var batch = RenderBatch.Read(data);
            lock (_gate)
            {
                _dom.Apply(batch);
                Interlocked.Exchange(ref _lastBatchId, batchId);
                for (var i = _waiters.Count - 1; i >= 0; i--)
                {
                    if (_waiters[i].Condition(_dom))
                    {
                        _waiters[i].Done.TrySetResult();
                        _waiters.RemoveAt(i);
                    }
                }
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or InvalidCastException)
        {
            error = e.Message;
            Fail(e);
        }

        await _connection.SendAsync("OnRenderCompleted", batchId, error);
    }

    private async Task OnBeginInvokeJSAsync(object?[] arguments)
    {
        var asyncHandle = (long)arguments[0]!;
        var identifier = (string)arguments[1]!;
        var argsJson = (string?)arguments[2];
        var resultType = (int)arguments[3]!;
        JsonNode? result = null;
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                // [rendererId, {"__dotNetObject": id}, ...]: events go to this object's DispatchEventAsync.
                var args = JsonNode.Parse(argsJson ?? "[]")!.AsArray();
                _rendererInteropObjectId = (long)args[1]!["__dotNetObject"]!;
                _interopReady.TrySetResult();
                break;
            case "Blazor._internal.navigationManager.navigateTo":
                var target = (string)JsonNode.Parse(argsJson ?? "[]")![0]!;
                if (asyncHandle != 0)
                {
                    await EndInvokeAsync(asyncHandle, null);
                }

                Location = new Uri(_baseUri, target);
                await _connection.SendAsync("OnLocationChanged", Location.ToString(), null, false);
                return;
            case "Blazor._internal.navigationManager.getLocationHref":
                result = Location.ToString();
                break;
            case "Blazor._internal.navigationManager.getBaseURI":
                result = _baseUri.ToString();
                break;
            default:
                // JSCallResultType.JSObjectReference: a handle to an object the script would have created.
                if (resultType == 1)
                {
                    result = new JsonObject { ["__jsObjectId"] = Interlocked.Increment(ref _nextJsObjectId) };
                }

                break;
        }

        if (asyncHandle != 0)
        {
            await EndInvokeAsync(asyncHandle, result);
        }
    }

    private Task EndInvokeAsync(long asyncHandle, JsonNode? result) =>
        _connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, new JsonArray(asyncHandle, true, result).ToJsonString());

    private void Fail(Exception e)
    {
        lock (_gate)
        {
            Failure ??= e;
            foreach (var waiter in _waiters)
            {
                waiter.Done.TrySetException(e);
            }

            _waiters.Clear();
        }

        _interopReady.TrySetException(e);
    }

    /// <summary>Closes the connection and, as blazor.web.js does when a page goes away, tells the server to drop the circuit at once.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.DisposeAsync();
            if (CircuitId is not null)
            {
                using var invoker = new HttpMessageInvoker(_handler, disposeHandler: false);
                using var form = new MultipartFormDataContent { { new StringContent(CircuitId), "circuitId" } };
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, "_blazor/disconnect")) { Content = form };
                using var response = await invoker.SendAsync(request, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException)
        {
            // Already gone with the server.
        }
    }
}
