using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using PanteinExtra.Core.Common;
using PanteinExtra.Core.Intake;

namespace PanteinExtra.Portal.Features.Intake;

/// <summary>
/// <c>POST /api/intake/v1/{soort}</c>: the website's forms into the inbox (ADR 177). Its own key sign-in, a fixed-window
/// rate limit per client, at most <see cref="IntakeLimits.MaxBodyBytes"/> of JSON; a valid form is 202 with its reference,
/// anything else a Dutch problem+json and nothing stored. The OpenAPI description is at <see cref="OpenApiPath"/>.
/// </summary>
public static class IntakeEndpoints
{
    public const string BasePath = "/api/intake/v1";

    public const string OpenApiPath = "/api/intake/openapi.json";

    public const string DocumentName = "intake";

    /// <summary>
    /// Routing matches the endpoint for every content type, so that the endpoint itself answers 415 in Dutch (instead of
    /// the request falling through to the pages); the OpenAPI document names only JSON (<see cref="IntakeOpenApi"/>).
    /// </summary>
    internal const string AnyContent = "*/*";

    private const string RatePolicy = "intake";

    private const string AuthPolicy = "intake-client";

    public static WebApplicationBuilder AddIntakeEndpoints(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, IntakeKeyAuthenticationHandler>(IntakeKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(AuthPolicy, p => p
            .AddAuthenticationSchemes(IntakeKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireRole(IntakeSubmissionService.ClientRole));
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(RatePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? "",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? (int)Math.Ceiling(retry.TotalSeconds)
                    : Math.Max(1, options.WindowSeconds);
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Te veel formulieren.",
                        detail: $"Deze website heeft het maximum per tijdvak bereikt; probeer het over {Dutch.Count(seconds, "seconde", "seconden")} opnieuw.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        builder.Services.AddOpenApi(DocumentName, o => IntakeOpenApi.Configure(o));
        return builder;
    }

    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var kind in Enum.GetValues<IntakeKind>())
        {
            app.MapPost($"{BasePath}/{IntakeKinds.Slug(kind)}", (HttpRequest request, IntakeSubmissionService service, CancellationToken ct) =>
                    SubmitAsync(kind, request, service, ct))
                .RequireAuthorization(AuthPolicy)
                .RequireRateLimiting(RatePolicy)
                .DisableAntiforgery()
                .WithGroupName(DocumentName)
                .WithName($"intake-{IntakeKinds.Slug(kind)}")
                .WithSummary(Labels.Capitalise(kind.Label()))
                .WithDescription(IntakeOpenApi.Description(kind))
                .Accepts(IntakeKinds.InputType(kind), "application/json", AnyContent)
                .Produces<IntakeAccepted>(StatusCodes.Status202Accepted)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
                .ProducesProblem(StatusCodes.Status429TooManyRequests);
        }

        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        return app;
    }

    /// <summary>The answer to an accepted form: the reference to quote, and when it arrived.</summary>
    public sealed record IntakeAccepted(string Reference, DateTime ReceivedAt);

    private static async Task<IResult> SubmitAsync(IntakeKind kind, HttpRequest request, IntakeSubmissionService service, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Alleen JSON.",
                detail: "Stuur het formulier als application/json.");
        }

        if (request.ContentLength > IntakeLimits.MaxBodyBytes || await ReadBodyAsync(request, ct) is not { } body)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Formulier te groot.",
                detail: $"Een formulier is hoogstens {Dutch.Number(IntakeLimits.MaxBodyBytes)} bytes.");
        }

        IIntakeInput? input;
        try
        {
            input = (IIntakeInput?)JsonSerializer.Deserialize(body, IntakeKinds.InputType(kind), IntakePayload.Json);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            await service.RecordRefusedAsync(kind, [field], ct);
            return Invalid(new Dictionary<string, string>
            {
                [field] = field.Length == 0
                    ? "Het formulier is geen geldige JSON, of bevat een veld dat dit formulier niet kent."
                    : "Dit veld heeft een ongeldige waarde of is onbekend.",
            });
        }

        if (input is null)
        {
            await service.RecordRefusedAsync(kind, [""], ct);
            return Invalid(new Dictionary<string, string> { [""] = "Het formulier is leeg." });
        }

        var result = await service.SubmitAsync(kind, input, ct);
        if (!result.Succeeded)
        {
            return Invalid(result.FieldErrors);
        }

        var receipt = result.Value!;
        return Results.Accepted(null, new IntakeAccepted(receipt.Reference, receipt.ReceivedAtUtc));
    }

    private static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(e => IntakePayload.FieldName(e.Key), e => new[] { e.Value }),
            title: "Het formulier is niet aangenomen.",
            detail: "Controleer de velden; er is niets opgeslagen.");

    /// <summary>"$.houseNumber" is "houseNumber"; the document itself is "".</summary>
    private static string FieldOf(string? path) =>
        path is null || path == "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>The body, or null when it is longer than the limit (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > IntakeLimits.MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
