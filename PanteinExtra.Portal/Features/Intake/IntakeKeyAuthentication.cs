using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PanteinExtra.Core.Auditing;
using PanteinExtra.Core.Intake;

namespace PanteinExtra.Portal.Features.Intake;

/// <summary>
/// The intake endpoint's own sign-in, apart from the staff's: a website presents its key in <c>X-Api-Key</c>; the key is
/// compared with every configured client's (as SHA-256 hashes, in constant time, all clients every time). A missing or
/// unknown key is a 401, audited as denied without the key (ADR 177).
/// </summary>
public sealed class IntakeKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IntakeOptions intake)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "IntakeKey";

    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header].ToString();
        if (presented.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (ClientOf(presented, intake) is not { } client)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown key"));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"website:{client}"),
                new Claim("name", $"Website ({client})"),
                new Claim(ClaimTypes.Name, client),
                new Claim(ClaimTypes.Role, IntakeSubmissionService.ClientRole),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var missing = Request.Headers[Header].ToString().Length == 0;
        var audit = Context.RequestServices.GetRequiredService<IAuditLog>();
        await audit.RecordAsync(new AuditRecord(IntakeEventTypes.Denied, AuditAction.Create)
        {
            Outcome = AuditOutcome.Denied,
            TargetType = "Endpoint",
            TargetId = Request.Path.Value,
            PurposeOfUse = IntakeSubmissionService.PurposeOfUse,
            Details = new Dictionary<string, object?> { ["reason"] = missing ? "geen sleutel" : "onbekende sleutel" },
        });
        Response.Headers.WWWAuthenticate = "ApiKey";
        await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: missing ? "Sleutel ontbreekt." : "Onbekende sleutel.",
                detail: $"Stuur de sleutel van deze website in de kop {Header}.")
            .ExecuteAsync(Context);
    }

    /// <summary>The client whose key this is, or null. Every client is compared, so the time says nothing about which.</summary>
    internal static string? ClientOf(string presented, IntakeOptions intake)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? found = null;
        foreach (var (name, client) in intake.Clients)
        {
            if (ExpectedHash(client) is { } expected && CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                found ??= name;
            }
        }

        return found;
    }

    private static byte[]? ExpectedHash(IntakeClientOptions client)
    {
        if (!string.IsNullOrWhiteSpace(client.KeySha256))
        {
            try
            {
                return Convert.FromHexString(client.KeySha256.Trim());
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return string.IsNullOrEmpty(client.Key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(client.Key));
    }
}
