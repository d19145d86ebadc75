using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Common;
using PanteinExtra.Tests.TestInfrastructure;

namespace PanteinExtra.Tests.Integration;

/// <summary>What production needs of the portal: probes, keys encrypted at rest, logs that match the access log.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public async Task HealthLive_AnswersWhileTheDatabaseIsGone_ButHealthReadyDoesNot()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await using (var db = portal.Database.RawDb())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" RENAME TO \"AuditEventsGone\"");
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task HealthReady_WithAMigrationNotApplied_IsUnhealthy()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateBrowserlikeClient();
        await using (var db = portal.Database.RawDb())
        {
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredEncryptedWithTheCertificate()
    {
        await using var portal = new PortalFactory();
        await portal.SignedInClientAsync(DemoEmployees.For(Roles.PrivacyOfficer));

        await using var db = portal.Database.RawDb();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [Fact]
    public async Task RequiredCertificate_NotConfigured_RefusesToStartWithAClearMessage()
    {
        await using var portal = new PortalFactory { Settings = { ["DataProtection:RequireConfiguredCertificate"] = "true" } };

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", error.GetBaseException().Message);
    }

    [Fact]
    public async Task LogLines_OfARequest_CarryTheTraceIdOfItsAuditEvent()
    {
        var logs = new CapturingLoggerProvider();
        await using var basePortal = new PortalFactory { Settings = { ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information" } };
        await using var portal = basePortal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        await PortalFactory.SignInAsync(client, DemoEmployees.For(Roles.PrivacyOfficer));

        await using var db = basePortal.Database.RawDb();
        var signIn = await db.AuditEvents.SingleAsync(e => e.EventType == AuditEventTypes.SignIn);
        Assert.False(string.IsNullOrEmpty(signIn.TraceId));
        Assert.Contains(logs.Lines, l => l.TraceId == signIn.TraceId && l.Message.Contains("/auth/dev-sign-in", StringComparison.Ordinal));
    }

    private sealed record LogLine(string Message, string? TraceId);

    /// <summary>Keeps every log line with the trace id from its scopes, as the JSON console formatter writes them.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentQueue<LogLine> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string? traceId = null;
                owner._scopes?.ForEachScope(
                    (scope, _) =>
                    {
                        if (scope is IEnumerable<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "TraceId").Value is { } id)
                        {
                            traceId = id.ToString();
                        }
                    },
                    (object?)null);
                owner.Lines.Enqueue(new LogLine(formatter(state, exception), traceId));
            }
        }
    }
}
