using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PanteinExtra.Core.Common.Validation;
using PanteinExtra.Core.Intake;
using PanteinExtra.Core.Members;
using DisplayAttribute = System.ComponentModel.DataAnnotations.DisplayAttribute;

namespace PanteinExtra.Portal.Features.Intake;

/// <summary>
/// The OpenAPI description of the intake endpoint, generated from the endpoints and the inputs themselves: each field's
/// Dutch label, its maximum length and whether it is required come from the same attributes Core validates with.
/// </summary>
public static class IntakeOpenApi
{
    public const string Title = "Pantein Extra: formulieren van de website";

    public static void Configure(OpenApiOptions o)
    {
        o.ShouldInclude = d => d.GroupName == IntakeEndpoints.DocumentName;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = Title,
                Version = "v1",
                Description =
                    $"Formulieren van de website naar het postvak van het portaal. Elke website stuurt zijn sleutel in de kop "
                    + $"{IntakeKeyAuthenticationHandler.Header}. Alleen application/json, hoogstens {IntakeLimits.MaxBodyBytes} bytes. "
                    + "202: aangenomen, met de referentie. 400: per veld de Nederlandse reden, niets opgeslagen. 401: geen of onbekende sleutel. "
                    + "413: te groot. 415: geen JSON. 429: te veel formulieren in het tijdvak (Retry-After). "
                    + "Een aanmelding voor nieuwsbrief of online magazine wordt alleen aangenomen na bevestiging (dubbele opt-in): "
                    + "stuur confirmationReference en confirmedAt mee.",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody?.Content?.Remove(IntakeEndpoints.AnyContent);
            return Task.CompletedTask;
        });
        o.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object)
            {
                Describe(schema, context.JsonTypeInfo);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The endpoint's description per kind.</summary>
    public static string Description(IntakeKind kind) => kind switch
    {
        IntakeKind.MembershipApplication =>
            "Aanvraag voor een lidmaatschap: hoofdlid, adres (Nederlandse postcode en huisnummer), contact, eventueel een huisgenoot, "
            + "gewenste ingangsdatum, betaalwijze en de keuzes voor nieuwsbrief, online magazine en ledenpanel. Een medewerker schrijft het lid in.",
        IntakeKind.NewsletterSignUp => "Aanmelding voor de nieuwsbrief, na bevestiging (dubbele opt-in).",
        IntakeKind.OnlineMagazineSignUp => "Aanmelding voor het online magazine, na bevestiging (dubbele opt-in).",
        IntakeKind.Question => "Een vraag via het contactformulier.",
    };

    private static void Describe(OpenApiSchema schema, JsonTypeInfo type)
    {
        if (schema.Properties is null)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var field) || field is not OpenApiSchema fieldSchema)
            {
                continue;
            }

            var attributes = property.AttributeProvider?.GetCustomAttributes(true) ?? [];
            if (attributes.OfType<DisplayAttribute>().FirstOrDefault()?.GetName() is { } label)
            {
                fieldSchema.Description = label;
            }

            if (attributes.OfType<MaxTextAttribute>().FirstOrDefault() is { } max)
            {
                fieldSchema.MaxLength = max.Maximum;
            }

            if (attributes.OfType<PostcodeAttribute>().Any())
            {
                fieldSchema.MaxLength = MemberLimits.Postcode + 1;
                fieldSchema.Pattern = "^[1-9][0-9]{3} ?[A-Za-z]{2}$";
            }

            if (attributes.OfType<RequiredAttribute>().Any())
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
            }
        }
    }
}
