using System.Text.RegularExpressions;
using PanteinExtra.Core.Common.Validation;

namespace PanteinExtra.Core.Consent;

/// <summary>A new consent purpose: its first wording is version 1.</summary>
public sealed class ConsentPurposeInput
{
    [Display(Name = "Code"), Mandatory, PurposeCode]
    public string? Code { get; set; }

    [Display(Name = "Naam"), Mandatory, MaxText(ConsentLimits.PurposeName)]
    public string? Name { get; set; }

    public ConsentPurposeKind Kind { get; set; } = ConsentPurposeKind.Other;

    [Display(Name = "Tekst die het lid hoort of leest"), Mandatory, MinText(ConsentLimits.WordingMinimum), MaxText(ConsentLimits.Wording), MultiLine]
    public string? Wording { get; set; }

    /// <summary>The code as it is stored: trimmed, lower case.</summary>
    public string NormalisedCode => PurposeCodeAttribute.Normalise(Code);
}

/// <summary>A purpose's new wording, on the purpose as the administrator's screen showed it.</summary>
public sealed class PurposeWordingInput
{
    [Display(Name = "Nieuwe tekst"), Mandatory, MinText(ConsentLimits.WordingMinimum), MaxText(ConsentLimits.Wording), MultiLine]
    public string? Wording { get; set; }

    /// <summary>The stamp the administrator's screen was based on.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public static PurposeWordingInput From(ConsentPurposeDetails purpose) =>
        new() { Wording = purpose.CurrentWording, ConcurrencyStamp = purpose.ConcurrencyStamp };
}

/// <summary>A purpose's code: 3 to 60 lower-case letters, digits and hyphens (capitals are lowered first).</summary>
public sealed partial class PurposeCodeAttribute()
    : ValidationAttribute("Gebruik 3 tot 60 kleine letters, cijfers en streepjes (bijv. nieuwsbrief).")
{
    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || Pattern().IsMatch(Normalise(text));

    public static string Normalise(string? code) => code?.Trim().ToLowerInvariant() ?? "";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,59}$")]
    private static partial Regex Pattern();
}
