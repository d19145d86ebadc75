using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// Two portal processes (the build output, as systemd starts them in docs/deployment.md) on one fresh PostgreSQL
/// database, behind Debian's nginx with the documented upstream and WebSocket settings, all on loopback ports. The
/// database is prepared first in this process (migrations, demo data, confirmed demo staff), so the two instances start
/// on a ready database at the same moment; <see cref="Setup"/> stays open to read and verify the database.
/// Everything it started it stops by process id on dispose; the database is dropped.
/// </summary>
public sealed class TwoPortalsBehindNginx : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly string _folder = Directory.CreateTempSubdirectory("pantein-two-instances-").FullName;
    private readonly Dictionary<string, string> _shared = [];
    private OwnedProcess? _nginx;

    public TwoPortalsBehindNginx()
    {
        var certificate = Path.Combine(_folder, "dataprotection.pfx");
        WriteCertificate(certificate);
        var checkpoints = Path.Combine(_folder, "checkpoints");
        Directory.CreateDirectory(checkpoints);
        _shared["DataProtection:CertificatePath"] = certificate;
        _shared["AuditChain:CheckpointFolder"] = checkpoints;
        _shared["Intake:PermitLimit"] = "1000000";
        Setup = new PortalFactory { SeedDemoData = true };
        foreach (var (key, value) in _shared)
        {
            Setup.Settings[key] = value;
        }
    }

    /// <summary>The in-process portal that prepared the database (no background work), for its services.</summary>
    public PortalFactory Setup { get; }

    public IReadOnlyList<PortalInstance> Instances { get; private set; } = [];

    public int NginxPort { get; } = Loopback.FreePort();

    public string NginxUrl => $"http://127.0.0.1:{NginxPort}";

    public string AccessLogPath => Path.Combine(_folder, "access.log");

    /// <summary>Prepares the database, starts both instances at once with the nightly jobs due, waits until both are ready, starts nginx.</summary>
    public async Task StartAsync(IReadOnlyDictionary<string, string> instanceSettings)
    {
        _ = Setup.Services.GetRequiredService<TimeProvider>();
        Instances = [new PortalInstance(Loopback.FreePort()), new PortalInstance(Loopback.FreePort())];
        foreach (var instance in Instances)
        {
            instance.Start(PortalEnvironment(instance.Port, instanceSettings));
        }

        foreach (var instance in Instances)
        {
            await instance.WaitReadyAsync(TimeSpan.FromSeconds(90));
        }

        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), NginxConfig());
        await StartNginxAsync();
    }

    public async Task StartNginxAsync()
    {
        _nginx?.Dispose();
        _nginx = OwnedProcess.Start(
            NginxPath,
            ["-p", _folder + "/", "-c", Path.Combine(_folder, "nginx.conf"), "-e", Path.Combine(_folder, "error.log"), "-g", $"daemon off; pid {_folder}/nginx.pid;"],
            _folder,
            new Dictionary<string, string>());
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Loopback.WaitUntilAsync(
            async () => (await probe.GetAsync($"{NginxUrl}/health/live")).IsSuccessStatusCode,
            TimeSpan.FromSeconds(20),
            () => $"nginx on {NginxPort}: {_nginx.Output} {ReadIfExists(Path.Combine(_folder, "error.log"))}");
    }

    /// <summary>Fast shutdown of nginx (SIGTERM): every connection through it, the circuits' WebSockets included, drops.</summary>
    public async Task StopNginxAsync() => await _nginx!.TerminateAsync(TimeSpan.FromSeconds(10));

    /// <summary>The upstream (instance address) nginx chose for each logged request from <paramref name="client"/> to a path starting with <paramref name="pathPrefix"/>.</summary>
    public IReadOnlyList<string> UpstreamsFor(IPAddress client, string pathPrefix) =>
        File.ReadAllLines(AccessLogPath)
            .Select(line => line.Split(' '))
            .Where(f => f.Length >= 4 && f[0] == client.ToString() && f[2].StartsWith(pathPrefix, StringComparison.Ordinal))
            .Select(f => f[3])
            .ToList();

    private Dictionary<string, string> PortalEnvironment(int port, IReadOnlyDictionary<string, string> instanceSettings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["Database__Provider"] = "Postgres",
            ["Database__SeedDemoData"] = "false",
            ["ConnectionStrings__Portal"] = Setup.ConnectionString,
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in _shared.Concat(instanceSettings))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    /// <summary>The documented nginx setup (docs/deployment.md, section 5) on plain http, its files in the temp folder.</summary>
    private string NginxConfig() => $$"""
        worker_processes 1;
        events { worker_connections 256; }
        http {
            client_body_temp_path {{_folder}}/client_body;
            proxy_temp_path {{_folder}}/proxy;
            fastcgi_temp_path {{_folder}}/fastcgi;
            uwsgi_temp_path {{_folder}}/uwsgi;
            scgi_temp_path {{_folder}}/scgi;
            log_format upstreams '$remote_addr $request_method $request_uri $upstream_addr $status';
            access_log {{AccessLogPath}} upstreams;

            upstream pantein_extra {
                # A Blazor circuit lives in one instance: keep each client address on the instance it started on.
                hash $remote_addr consistent;
                server 127.0.0.1:{{Instances[0].Port}} max_fails=2 fail_timeout=10s;
                server 127.0.0.1:{{Instances[1].Port}} max_fails=2 fail_timeout=10s;
            }

            map $http_upgrade $connection_upgrade {
                default upgrade;
                ''      close;
            }

            server {
                listen 127.0.0.1:{{NginxPort}};
                location / {
                    proxy_pass http://pantein_extra;
                    proxy_http_version 1.1;
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_set_header Connection $connection_upgrade;
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_read_timeout 120s;
                }
            }
        }
        """;

    private static void WriteCertificate(string path)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Pantein Extra test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
    }

    /// <summary>What the processes said, for a failing test's output.</summary>
    public string Diagnostics()
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"nginx (exited: {_nginx?.HasExited}): {_nginx?.Output}");
        text.AppendLine($"nginx error.log: {ReadIfExists(Path.Combine(_folder, "error.log"))}");
        text.AppendLine($"nginx access.log: {ReadIfExists(AccessLogPath)}");
        foreach (var instance in Instances)
        {
            text.AppendLine($"instance {instance.Port} (exited: {instance.Process.HasExited}): {instance.Process.Output}");
        }

        return text.ToString();
    }

    private static string ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    public async ValueTask DisposeAsync()
    {
        _nginx?.Dispose();
        foreach (var instance in Instances)
        {
            instance.Dispose();
        }

        await Setup.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a process that is going; the temp folder is cleaned by the system.
        }
    }
}

/// <summary>One portal process from the build output on its own loopback port.</summary>
public sealed class PortalInstance(int port) : IDisposable
{
    private OwnedProcess? _process;

    public int Port { get; } = port;

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>How nginx's access log names this instance as upstream.</summary>
    public string Upstream => $"127.0.0.1:{Port}";

    public OwnedProcess Process => _process!;

    public void Start(IReadOnlyDictionary<string, string> environment)
    {
        var output = PortalBuildOutput();
        _process = OwnedProcess.Start("dotnet", [Path.Combine(output, "PanteinExtra.Portal.dll")], output, environment);
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Loopback.WaitUntilAsync(
            async () => _process!.HasExited
                ? throw new InvalidOperationException($"The instance on {Port} exited: {_process.Output}")
                : (await probe.GetAsync($"{Url}/health/ready")).IsSuccessStatusCode,
            timeout,
            () => $"the instance on {Port} to be ready: {_process!.Output}");
    }

    /// <summary>PanteinExtra.Portal's own build output of the same configuration as this test assembly.</summary>
    private static string PortalBuildOutput()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var framework = tests.Name;
        var configuration = tests.Parent!.Name;
        var root = tests;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PanteinExtra.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root!.FullName, "PanteinExtra.Portal", "bin", configuration, framework);
    }

    public void Dispose() => _process?.Dispose();
}
