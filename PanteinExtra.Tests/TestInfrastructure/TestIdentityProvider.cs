using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace PanteinExtra.Tests.TestInfrastructure;

/// <summary>
/// The local OpenID Connect provider that stands in for Microsoft Entra ID (PanteinExtra.Tests/TestIdentityProvider,
/// on oauth2-mock-server): started on a free loopback port over https with a certificate made for this run, stopped
/// (this process only) on dispose. Only this test's HTTP clients trust the certificate (<see cref="TrustingHandler"/>).
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "pantein-portal-test";
    public const string ClientSecret = "test-secret-only-on-loopback";

    private readonly Process _process;
    private readonly string _folder;
    private readonly string _thumbprint;

    private TestIdentityProvider(Process process, string folder, string thumbprint, int port, string tenantId)
    {
        _process = process;
        _folder = folder;
        _thumbprint = thumbprint;
        TenantId = tenantId;
        Instance = $"https://127.0.0.1:{port}/";
    }

    public string TenantId { get; }

    /// <summary>As Entra's <c>AzureAd:Instance</c> ("https://login.microsoftonline.com/"); the tenant follows.</summary>
    public string Instance { get; }

    /// <summary>
    /// An account at the provider; <paramref name="ObjectId"/> is Entra's "oid", the portal's user id. With
    /// <paramref name="OtherTenant"/> the account belongs to another organisation's tenant.
    /// </summary>
    public sealed record User(string Id, Guid ObjectId, string Name, string[] Roles, Guid? OtherTenant = null);

    public static async Task<TestIdentityProvider> StartAsync(IReadOnlyList<User> users)
    {
        var folder = Directory.CreateTempSubdirectory("pantein-idp-").FullName;
        var thumbprint = WriteCertificate(folder);
        var port = FreeLoopbackPort();
        var tenantId = Guid.NewGuid().ToString();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ScriptFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "provider.mjs", port.ToString(), tenantId,
                     JsonSerializer.Serialize(users.Select(u => new { id = u.Id, oid = u.ObjectId, name = u.Name, roles = u.Roles, tenant = u.OtherTenant })),
                     Path.Combine(folder, "key.pem"), Path.Combine(folder, "cert.pem"),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var provider = new TestIdentityProvider(process, folder, thumbprint, port, tenantId);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line?.StartsWith("ready ", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"The test identity provider did not start: {line} {await process.StandardError.ReadToEndAsync(timeout.Token)}");
            }
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }

        return provider;
    }

    /// <summary>The portal's settings for this provider, exactly the keys an Entra tenant's settings use.</summary>
    public Dictionary<string, string?> PortalSettings() => new()
    {
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
        ["AzureAd:ClientSecret"] = ClientSecret,
        ["AzureAd:CallbackPath"] = "/signin-oidc",
    };

    /// <summary>A handler that trusts the system's roots and, besides them, only this run's certificate.</summary>
    public HttpMessageHandler TrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
            errors == SslPolicyErrors.None || certificate?.GetCertHashString(HashAlgorithmName.SHA256) == _thumbprint,
    };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static string WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ScriptFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "PanteinExtra.Tests", "TestIdentityProvider");
            if (File.Exists(Path.Combine(candidate, "provider.mjs")))
            {
                if (!Directory.Exists(Path.Combine(candidate, "node_modules")))
                {
                    throw new InvalidOperationException($"Run 'npm ci' in {candidate} first (scripts/test.sh does).");
                }

                return candidate;
            }
        }

        throw new InvalidOperationException("PanteinExtra.Tests/TestIdentityProvider not found above the test binaries.");
    }
}
