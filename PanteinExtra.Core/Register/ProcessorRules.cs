using System.Net.Mail;

namespace PanteinExtra.Core.Register;

public sealed record ProcessorInput
{
    public string Name { get; init; } = "";

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public string Country { get; init; } = "Nederland";

    public string Services { get; init; } = "";
}

public sealed record AgreementInput
{
    public DateOnly? SignedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public string DocumentReference { get; init; } = "";

    public string Scope { get; init; } = "";
}

/// <summary>Field rules for processors and agreements; messages in Dutch, keyed by the input's property name.</summary>
public static class ProcessorRules
{
    public const int MaxNameLength = 200;

    public static IReadOnlyDictionary<string, string> Validate(ProcessorInput p)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            errors[nameof(p.Name)] = "Vul de naam van de verwerker in.";
        }
        else if (p.Name.Trim().Length > MaxNameLength)
        {
            errors[nameof(p.Name)] = $"De naam is te lang (hoogstens {MaxNameLength} tekens).";
        }

        if (string.IsNullOrWhiteSpace(p.Country))
        {
            errors[nameof(p.Country)] = "Vul het land van vestiging in.";
        }

        if (string.IsNullOrWhiteSpace(p.Services))
        {
            errors[nameof(p.Services)] = "Beschrijf wat de verwerker voor ons doet.";
        }

        if (!string.IsNullOrWhiteSpace(p.ContactEmail) && !MailAddress.TryCreate(p.ContactEmail.Trim(), out _))
        {
            errors[nameof(p.ContactEmail)] = "Dit is geen geldig e-mailadres.";
        }

        return errors;
    }

    public static IReadOnlyDictionary<string, string> Validate(AgreementInput a, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (a.SignedOn is null)
        {
            errors[nameof(a.SignedOn)] = "Vul de datum van ondertekening in.";
        }
        else if (a.SignedOn > today)
        {
            errors[nameof(a.SignedOn)] = "De ondertekening kan niet in de toekomst liggen.";
        }

        if (a.SignedOn is { } signed && a.ExpiresOn is { } expires && expires <= signed)
        {
            errors[nameof(a.ExpiresOn)] = "De einddatum moet na de datum van ondertekening liggen.";
        }

        if (string.IsNullOrWhiteSpace(a.DocumentReference))
        {
            errors[nameof(a.DocumentReference)] = "Geef aan waar de getekende overeenkomst staat (documentnummer of vindplaats).";
        }

        if (string.IsNullOrWhiteSpace(a.Scope))
        {
            errors[nameof(a.Scope)] = "Beschrijf welke verwerkingen de overeenkomst dekt.";
        }

        return errors;
    }
}
